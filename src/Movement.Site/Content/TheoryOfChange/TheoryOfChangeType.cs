using Movement.Core.Schema;

namespace Movement.Site.Content.TheoryOfChange;

public static class TheoryOfChangeType
{
    public static ContentType Create() => new()
    {
        Name = "theory-of-change",
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
        Bind = (fields, _) => new TheoryOfChangeDocument
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
