using Movement.Core.Schema;
using Movement.Site.Cms;
using Movement.Site.Content;
using Movement.Site.Listings;
using Movement.Site.Settings;

namespace Movement.Site.Content.Briefs;

public static class BriefType
{
    public const string Name = "brief";

    public const string PipelineName = "Briefs";

    private const string Description = "What we ask decision makers to do for babies, and why.";

    public static ContentType Create(SiteSettings settings) => new()
    {
        Name = Name,
        Labels = new("Policy brief", "Policy briefs"),
        Section = new("/briefs/", "Policy briefs"),
        PipelineName = PipelineName,
        CreatePipeline = site => new BriefsPipeline(site),
        SearchPosition = 1,
        OnTaxonomyPages = true,
        Api = BriefApi.Create(),
        Feed = new(2, "policy briefs", Description),
        CmsCollections = _ => [CmsCollections.Markdown("briefs", "{{slug}}", "briefs/{{slug}}/") with { MediaFolder = $"/{CmsCollections.InputFolder}/files/briefs", PublicFolder = "/files/briefs" }],
        Listings = listing => [new ListingPage("/briefs/", "Policy briefs", Description, new BriefIndex(listing.Items.OfType<PolicyBrief>().NewestFirst().ToList()))],
        Pattern = "briefs/*.md",
        Schema = new ContentSchema("brief", "Policy brief",
        [
            Field.Text("title", "Title").Required().WithExample("Develop the workforce"),
            Field.LongText("summary", "Summary (shown first)").Required().WithExample("Babies need skilled professionals around them."),
            Field.Date("date", "Published").Required(),
            Field.Date("updated", "Last updated"),
            CommonFields.Topics(settings),
            Field.ChoiceList("nations", "Nations", Nations.Ids),
            Field.ObjectList("asks", "Policy asks",
                Field.Text("title", "Ask").Required().WithExample("Fund parent-infant teams in every area"),
                Field.LongText("detail", "Detail").Required().WithExample("Why and how, in two or three sentences."),
                Field.Text("id", "Tracker id (stays when the brief is renamed; the name of its file in tracker/)").WithExample("strategic-commitment").Matching(Slugs.Pattern)),
            Field.ObjectList("downloads", "Downloads",
                Field.File("file", "File").Required().WithExample("/files/briefs/workforce.pdf"),
                Field.Text("label", "Link text").Required().WithExample("The full brief (PDF)")),
            Field.TextList("related", "Related briefs (their slugs)").WithExample("[five-calls]"),
            .. CommonFields.All,
        ]),
        Bind = (fields, context) => new PolicyBrief
        {
            Asks = fields.Objects("asks").Select((a, i) => new PolicyAsk(i + 1, a.RequiredText("title"), a.RequiredText("detail"), a.Text("id") ?? "")).ToList(),
            Downloads = fields.Objects("downloads")
                .Where(d => d.Has("file"))
                .Select(d => Download.From(d.RequiredText("file"), d.RequiredText("label"), context.Input)).ToList(),
            Related = fields.TextList("related"),
        },
        SharedFacts = item => [new("asks", ((PolicyBrief)item).Asks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        UrlFor = (slug, _) => $"/briefs/{slug}/",
        NewFilePath = (slug, _) => $"briefs/{slug}.md",
    };
}
