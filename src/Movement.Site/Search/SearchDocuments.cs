using System.Text;
using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Members;
using Movement.Site.Content.TheoriesOfChange;

namespace Movement.Site.Search;

/// <summary>
/// Turns published content items into what the index holds, from the typed records and the rendered
/// Markdown's plain text and headings (never by reading back the site's HTML).
/// </summary>
public static class SearchDocuments
{
    /// <summary>Excerpts are cut from this much text; matches further down a long page still rank it.</summary>
    public const int ExcerptTextLength = 1500;

    public static SearchDocument From(ContentItem item)
    {
        var headings = item.Body.Headings.Select(h => h.Text).Concat(ExtraHeadings(item));
        var body = string.Join("\n", new[] { item.Body.PlainText }.Concat(ExtraBody(item)).Where(t => t.Length > 0));
        var details = item is Member member
            ? string.Join(" ", new[] { MemberTypes.NameOf(member.OrganisationType), member.Region }.Concat(member.Nations.Select(Nations.NameOf)))
            : "";
        return new SearchDocument
        {
            Url = item.Url,
            Title = item.Title,
            Kind = item.Kind,
            Date = item.Date,
            Lang = item.Lang,
            Nations = item.Nations,
            Topics = item.Topics,
            Fields =
            [
                (SearchField.Title, item.Title),
                (SearchField.Headings, string.Join("\n", headings)),
                (SearchField.Summary, item.Summary),
                (SearchField.Details, details),
                (SearchField.Body, body),
            ],
            ExcerptText = Cut(item.Summary, body, ExcerptTextLength),
        };
    }

    private static IEnumerable<string> ExtraHeadings(ContentItem item) => item switch
    {
        PolicyBrief brief => brief.Asks.Select(a => a.Title),
        AwarenessWeek week => [week.Theme, .. week.Days.Select(d => d.Theme)],
        TheoryOfChange theory => theory.Outcomes.Select(o => o.Title).Concat(theory.Activities.Select(a => a.Title)),
        _ => [],
    };

    private static IEnumerable<string> ExtraBody(ContentItem item) => item switch
    {
        PolicyBrief brief => brief.Asks.Select(a => a.Detail),
        AwarenessWeek week => week.Days.Select(d => d.Summary),
        TheoryOfChange theory => [theory.Vision, theory.Mission, .. theory.Outcomes.Select(o => o.Description), .. theory.Activities.Select(a => a.Detail)],
        PartnerResource resource => [resource.Usage],
        _ => [],
    };

    /// <summary>
    /// The summary and then the body, up to a length, cut at a space so no word is split; whitespace runs become one
    /// space. Read from both in place: the two joined first were a copy of every page's text.
    /// </summary>
    private static string Cut(string summary, string body, int length)
    {
        var flat = new StringBuilder(Math.Min(summary.Length + 1 + body.Length, length + 1));
        var space = false;
        _ = Append(flat, summary, ref space, length) && Append(flat, " ", ref space, length) && Append(flat, body, ref space, length);
        return flat.ToString();
    }

    /// <summary>Appends a text's words to the flattened text; false once the length is reached.</summary>
    private static bool Append(StringBuilder flat, string text, ref bool space, int length)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = flat.Length > 0;
                continue;
            }

            if (space)
            {
                if (flat.Length >= length)
                {
                    return false;
                }

                flat.Append(' ');
                space = false;
            }

            flat.Append(c);
        }

        return true;
    }
}
