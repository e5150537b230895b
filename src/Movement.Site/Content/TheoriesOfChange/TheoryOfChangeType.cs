using Movement.Core.Schema;
using Movement.Site.Listings;

namespace Movement.Site.Content.TheoriesOfChange;

public static class TheoryOfChangeType
{
    public const string Name = "theory-of-change";

    public const string PipelineName = "TheoryOfChange";

    public static ContentType Create() => new()
    {
        Name = Name,
        Labels = new("Theory of change", "Theories of change"),
        Section = new("/theory-of-change/", "Theory of change"),
        PipelineName = PipelineName,
        CreatePipeline = site => new TheoryOfChangePipeline(site),
        SearchPosition = 5,
        Listings = listing => [new ListingPage("/theory-of-change/", "Theory of change", "How the movement means to bring about change.",
            new TheoryOfChangeIndex(listing.Items.OfType<TheoryOfChange>().NewestFirst().ToList()))],
        Pattern = "theory-of-change/*.md",
        WaitsForDate = false,
        Schema = new ContentSchema("theory-of-change", "Theory of change",
        [
            Field.Text("title", "Title").Required().WithExample("Theory of change 2020–2023"),
            Field.Text("period", "Period").Required().WithExample("2020–2023"),
            Field.LongText("summary", "Summary").Required().WithExample("How the movement means to bring about change."),
            Field.LongText("vision", "Vision").Required().WithExample("Every baby has loving, nurturing relationships."),
            Field.LongText("mission", "Mission").Required().WithExample("Drive change by inspiring decision makers."),
            Field.ObjectList("outcomes", "Outcomes",
                Field.Text("title", "Outcome").Required().WithExample("Decision makers value babies' wellbeing"),
                Field.LongText("description", "Description"),
                Field.TextList("indicators", "Indicators")).Required(),
            Field.ObjectList("activities", "Activities",
                Field.Text("title", "Activity").Required().WithExample("Share evidence"),
                Field.LongText("detail", "Detail")).Required(),
            Field.TextList("assumptions", "Assumptions"),
            .. CommonFields.All,
        ]),
        Bind = (fields, _) => new TheoryOfChange
        {
            Period = fields.RequiredText("period"),
            Vision = fields.RequiredText("vision"),
            Mission = fields.RequiredText("mission"),
            Outcomes = fields.Objects("outcomes").Select(o => new Outcome(o.RequiredText("title"), o.Text("description") ?? "", o.TextList("indicators"))).ToList(),
            Activities = fields.Objects("activities").Select(a => new Activity(a.RequiredText("title"), a.Text("detail") ?? "")).ToList(),
            Assumptions = fields.TextList("assumptions"),
        },
        UrlFor = (slug, _) => $"/theory-of-change/{slug}/",
        NewFilePath = (slug, _) => $"theory-of-change/{slug}.md",
    };
}
