using System.Globalization;
using Movement.Core.Diagnostics;
using Movement.Core.Schema;
using Movement.Site.Cms;
using Movement.Site.Listings;

namespace Movement.Site.Content.AwarenessWeeks;

public static class AwarenessWeekType
{
    public const string Name = "awareness-week";

    /// <summary>Weeks and their partner resources are read together, so each week's page lists its resources.</summary>
    public const string PipelineName = "AwarenessWeeks";

    /// <summary>Each week's page sits under the archive, and its resources under the week (the year names its crumb).</summary>
    public static ContentSection Section { get; } = new("/awareness-week/", "Awareness week") { NamesNextSegment = true };

    public static ContentType Create() => new()
    {
        Name = Name,
        Labels = new("Awareness week", "Awareness weeks"),
        Api = AwarenessWeekApi.ForWeeks(),
        Section = Section,
        PipelineName = PipelineName,
        CreatePipeline = site => new AwarenessWeeksPipeline(site),
        SearchPosition = 6,
        Listings = Archive,
        // A week's folder is the year it starts in, not the year it is written in ({{year}} is the day of saving).
        // The slug template, unlike the path, keeps field names and filters as written (Decap 3.13+, Sveltia).
        CmsCollections = _ => [CmsCollections.Markdown("awareness-week", "{{slug}}/index", "awareness-week/{{dirname}}/") with { Slug = "{{fields.start | date('YYYY')}}" }],
        Pattern = "awareness-week/*/index.md",
        WaitsForDate = false, // A week is announced before it starts: that is the point of its page.
        Schema = new ContentSchema("awareness-week", "Awareness week",
        [
            Field.Text("title", "Title").Required().WithExample("Infant Mental Health Awareness Week 2025"),
            Field.Text("theme", "Theme").Required().WithExample("Who is holding the baby?"),
            Field.LongText("summary", "Summary").Required().WithExample("A week to talk about babies' emotional wellbeing."),
            Field.Date("start", "First day").Required(),
            Field.Date("end", "Last day").Required(),
            Field.Text("hashtag", "Hashtag (in quotes)").WithExample("\"#IMHAW25\""),
            Field.ObjectList("days", "Daily themes",
                Field.Date("date", "Date").Required(),
                Field.Text("theme", "Theme").Required().WithExample("Bonding before birth"),
                Field.LongText("summary", "Summary")),
            .. CommonFields.All,
        ]),
        Bind = Bind,
        DefaultSlug = YearFolder.Of,
        UrlFor = (slug, _) => $"/awareness-week/{slug}/",
        NewFilePath = (slug, place) => $"awareness-week/{YearFolder.In(slug) ?? place.Today.Year.ToString(CultureInfo.InvariantCulture)}/index.md",
    };

    private static IEnumerable<ListingPage> Archive(ListingContext listing)
    {
        var weeks = listing.Items.OfType<AwarenessWeek>().OrderByDescending(w => w.Start).ToList();
        var featured = WeekStatus.Choose(weeks, listing.Settings.CurrentAwarenessWeek, listing.Today);
        yield return new ListingPage("/awareness-week/", "Awareness week", "Infant Mental Health Awareness Week, every year.", new AwarenessArchive(weeks, featured));
    }

    private static ContentItem Bind(FieldValues fields, BindContext context)
    {
        var year = YearFolder.Of(context.Source);
        if (!YearFolder.IsValid(year))
        {
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.WeekFolderNotAYear, new SourceLocation(context.Source), $"The awareness week folder '{year}' is not a year.",
                "Put each week in a folder named for its year, e.g. input/awareness-week/2026/index.md."));
        }

        var start = fields.Date("start") ?? default;
        var end = fields.Date("end") ?? default;
        if (YearFolder.IsValid(year) && fields.Has("start") && start.Year.ToString(CultureInfo.InvariantCulture) != year)
        {
            // The folder gives the week's address and the resources' home, so a mismatch would publish 2027's week as 2026's.
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.WeekInWrongFolder, fields.LocationOf("start"), $"This week starts in {start.Year} but its folder is awareness-week/{year}/.",
                $"Move the file to input/awareness-week/{start.Year}/index.md (with its resources folder), or correct the 'start' date."));
        }

        if (fields.Has("start") && fields.Has("end") && end < start)
        {
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.WeekEndsBeforeStart, fields.LocationOf("end"), "The week ends before it starts.",
                "Check the 'start' and 'end' dates: 'end' must be the same day as 'start' or later."));
        }

        return new AwarenessWeek
        {
            Year = year,
            Theme = fields.RequiredText("theme"),
            Start = start,
            End = end,
            Date = fields.Date("start"),
            Hashtag = fields.Text("hashtag") ?? "",
            Days = fields.Objects("days").Where(d => d.Has("date"))
                .Select(d => new AwarenessDay(d.Date("date")!.Value, d.RequiredText("theme"), d.Text("summary") ?? "")).ToList(),
        };
    }
}
