using System.Globalization;
using System.Text;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Settings;

namespace Movement.Site.Toolkits;

/// <summary>The plain-text parts of a partner toolkit: posts to copy into social media, and a press note.</summary>
public static class ToolkitTexts
{
    public static string SuggestedPosts(AwarenessWeek week, SiteSettings settings)
    {
        var link = settings.AbsoluteUrl(week.Url);
        var tag = week.Hashtag.Length > 0 ? " " + week.Hashtag : "";
        var posts = new List<string>
        {
            $"{week.Title} runs from {Day(week.Start)} to {Day(week.End)}.{(week.Theme.Length > 0 ? $" This year's theme: {week.Theme}." : "")}{tag} {link}",
            $"We are supporting {week.Title}. Find free resources to share at {link}{tag}",
        };
        posts.AddRange(week.Days.Select(d => $"{d.Date.DayOfWeek} {Day(d.Date)}: {d.Theme}.{(d.Summary.Length > 0 ? " " + d.Summary : "")}{tag} {link}"));
        return "Suggested posts for " + week.Title + "\n" + "Copy any of these into X, Facebook, LinkedIn or Instagram, with a picture from the cards folder.\n\n" +
               string.Join("\n\n", posts) + "\n";
    }

    public static string PressNote(AwarenessWeek week, IReadOnlyList<PartnerResource> resources, SiteSettings settings)
    {
        var note = new StringBuilder();
        note.Append(week.Title).Append('\n').Append(new string('=', week.Title.Length)).Append("\n\n");
        note.Append($"{Day(week.Start)} to {Day(week.End)}").Append(week.Hashtag.Length > 0 ? " · " + week.Hashtag : "").Append("\n\n");
        if (week.Theme.Length > 0)
        {
            note.Append($"Theme: {week.Theme}\n\n");
        }

        note.Append(week.Summary).Append("\n\n");
        foreach (var day in week.Days)
        {
            note.Append($"- {day.Date.DayOfWeek} {Day(day.Date)}: {day.Theme}\n");
        }

        note.Append(week.Days.Count > 0 ? "\n" : "");
        note.Append($"Free resources for partners:\n");
        foreach (var resource in resources)
        {
            note.Append($"- {resource.Title}: {settings.AbsoluteUrl(resource.Url)}\n");
        }

        note.Append($"\nMore: {settings.AbsoluteUrl(week.Url)}\nFrom the {settings.Title}.\n");
        return note.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
