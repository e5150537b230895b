using Movement.Core.IO;
using Movement.Core.Diagnostics;
using Movement.Core.Schema;
using Movement.Site.Cms;

namespace Movement.Site.Content.AwarenessWeeks;

public static class PartnerResourceType
{
    public const string Name = "resource";

    public static IReadOnlyList<string> Kinds { get; } = ["poster", "social-card", "badge", "infographic", "toolkit", "briefing", "email-text", "logo"];

    public static ContentType Create() => new()
    {
        Name = Name,
        Labels = new("Resource", "Resources"),
        Api = AwarenessWeekApi.ForResources(),
        Section = AwarenessWeekType.Section,
        PipelineName = AwarenessWeekType.PipelineName,
        SearchPosition = 7,
        SearchWeight = 50, // Resources repeat their week's name and theme: the week's page should come first.
        // Resources sit beside their week's index.md, and Decap cannot tell the two apart in one folder
        // collection, so each year's resources are a collection of their own.
        CmsCollections = years => [.. years.Select(year => CmsCollections.Markdown($"awareness-week/{year}/resources", "{{slug}}", $"awareness-week/{year}/resources/{{{{slug}}}}/", "", "") with { Part = (year, year) })],
        Pattern = "awareness-week/*/resources/*.md",
        WaitsForDate = false,
        Schema = new ContentSchema("resource", "Awareness week resource",
        [
            Field.Text("title", "Title").Required().WithExample("Poster: Who is holding the baby?"),
            Field.Choice("kind", "Kind of resource", Kinds).Required(),
            Field.LongText("summary", "Summary").Required().WithExample("An A4 poster for waiting rooms and notice boards."),
            Field.File("file", "File (next to this one)").Required().WithExample("poster.svg"),
            Field.LongText("alt", "Alt text: what the image shows (required for images)").WithExample("Poster with the words ..."),
            Field.LongText("usage", "Terms of use for partners"),
            .. CommonFields.All,
        ]),
        Bind = Bind,
        UrlFor = (slug, source) => $"/awareness-week/{YearFolder.Of(source)}/resources/{slug}/",
        NewFilePath = (slug, place) => $"awareness-week/{place.AwarenessWeek ?? place.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/resources/{slug}.md",
    };

    private static ContentItem Bind(FieldValues fields, BindContext context)
    {
        var file = fields.Text("file");
        var alt = fields.Text("alt") ?? "";
        if (file is not null && ImageFiles.IsImage(file) && alt.Trim().Length == 0)
        {
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ImageWithoutAlt, fields.LocationOf("file"), $"The image '{SitePath.AsWritten(file, SitePath.Directory(context.Source))}' has no alt text.",
                "Add a line 'alt: ...' that says what the image shows and any words on it. People who cannot see it rely on this."));
        }

        var bytes = file is not null && ImageFiles.IsImage(file) && context.Input.Exists(file) ? context.Input.ReadAllBytes(file) : null;
        var picture = bytes is null ? null : Images.ContentPicture.Of(file!, bytes);
        return new PartnerResource
        {
            Year = YearFolder.Of(context.Source),
            ResourceKind = fields.RequiredText("kind"),
            File = file is null ? new Download("", "", 0) : Download.From(file, fields.RequiredText("title"), context.Input),
            Alt = alt,
            Size = bytes is null ? null : ImageSize.Read(file!, bytes) ?? (picture is null ? null : new ImageSize(picture.Width, picture.Height)),
            Picture = picture,
            Usage = fields.Text("usage") ?? "",
        };
    }
}
