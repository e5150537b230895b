using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Markdown;
using Movement.Core.Pipelines;
using Movement.Site.Content;
using Movement.Site.Settings;

namespace Movement.Site.Modules;

/// <summary>
/// Renders the Markdown body of each parsed item to safe HTML (reporting what the allow-list removed), finds
/// the pictures it shows and the links it makes, and gives an item without a summary its first paragraph.
/// </summary>
public sealed class RenderMarkdown(ContentTypes types, SiteSettings settings, MarkdownRenderer markdown) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(EachDocument.InParallel(inputs, context.CancellationToken, document => RenderOne(document, context)));

    private Document RenderOne(Document document, IExecutionContext context)
    {
        if (document.Get(SiteKeys.Item) is not { } item)
        {
            return document; // Held back, or not content.
        }

        IReadOnlyList<Images.ContentPicture> pictures = [];
        if (document.Get(CoreKeys.Body) is { } body)
        {
            // Links to translations and, in a translation, to English files follow Languages.TranslatedLinks' rule.
            var links = new Languages.TranslatedLinks(types, context.Input);
            item = item with { Body = markdown.Render(body, item.Source, document.Get(CoreKeys.BodyFirstLine), target => links.UrlOf(item.Source, target), settings.BaseUrl) };
            ReportRemoved(item.Body, context.Diagnostics);
            links.Check(item.Source, item.Body, context.Diagnostics);
            (var shown, pictures) = Images.ContentPictures.Of(item.Body, context.Input);
            item = item with { Body = shown };
        }

        if (item.Summary.Length == 0)
        {
            item = item with { Summary = BodySummary.From(item.Body.FirstParagraph) }; // Only pages may leave it out.
        }

        // The file's text and its Markdown body are read by no step after this one, but the pipelines that read this
        // one's pages in Render would keep them alive with the pages (4,000 pages: about 20 MB of strings).
        var rendered = (document.WithoutContent() with { Metadata = document.Metadata.Remove(CoreKeys.Body.Name) })
            .With(SiteKeys.Item, item)
            .With(CoreKeys.Links, item.Body.Links);
        return pictures.Count > 0 ? rendered.With(Images.ContentPictures.Key, pictures) : rendered;
    }

    private static void ReportRemoved(RenderedMarkdown body, IDiagnostics diagnostics)
    {
        if (body.Refused is { } refused)
        {
            diagnostics.Report(refused);
        }

        foreach (var removed in body.Removed)
        {
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.HtmlRemoved, removed.Location, $"Removed {removed.What}: {removed.Why}.", $"The page is published without it. {removed.Hint}"));
        }
    }
}
