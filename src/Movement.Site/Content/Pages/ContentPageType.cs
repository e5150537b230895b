using Movement.Core.Schema;

namespace Movement.Site.Content.Pages;

public static class ContentPageType
{
    public const string Name = "page";

    public const string PipelineName = "Pages";

    public static ContentType Create() => new()
    {
        Name = Name,
        Labels = new("Page", "Pages"),
        PipelineName = PipelineName,
        CreatePipeline = site => new PagesPipeline(site),
        SearchPosition = 4,
        Pattern = "pages/*.md",
        WaitsForDate = false,
        Schema = new ContentSchema("page", "Page",
        [
            Field.Text("title", "Title").Required().WithExample("About the movement"),
            Field.LongText("summary", "Summary").WithExample("Who we are and what we do."), // Else the body's first paragraph.
            Field.Date("date", "Date"),
            Field.Date("updated", "Last updated"),
            .. CommonFields.All,
        ]),
        Bind = (_, _) => new ContentPage(),
        UrlFor = (slug, _) => $"/{slug}/",
        NewFilePath = (slug, _) => $"pages/{slug}.md",
    };
}
