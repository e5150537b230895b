using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Movement.Core.Caching;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Markdown.Extensions.SafeHtml;

namespace Movement.Core.Markdown;

/// <summary>
/// Renders Markdown bodies with one shared Markdig pipeline. Links to other content files
/// (<c>../briefs/x.md</c>) and relative image paths are rewritten to site URLs; every link is recorded
/// with its line so the link check can point at it.
/// </summary>
public sealed class MarkdownRenderer
{
    // Chosen one by one rather than UseAdvancedExtensions: generic attributes would let content add
    // event handlers to elements, and we want every construct here to be one staff can rely on.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    private readonly SanitizeHtml _sanitize = new();
    private readonly Memo<(string Body, string Source, int FirstLine), RenderedMarkdown>? _remembered;

    /// <param name="remember">Keep each result for the next build (the preview): the same body of the same file renders the same.</param>
    public MarkdownRenderer(bool remember = false)
    {
        _remembered = remember ? new() : null;
    }

    /// <summary>The results kept for the next build, if any.</summary>
    public Memo<(string Body, string Source, int FirstLine), RenderedMarkdown>? Remembered => _remembered;

    /// <param name="sourcePath">The content file, relative to the input folder.</param>
    /// <param name="firstLine">The line of the file the body starts on.</param>
    /// <param name="urlForSource">Maps a content file (input-relative path) to its page URL, or null if it has none.</param>
    /// <remarks>A renderer that remembers assumes it is always given the same <paramref name="urlForSource"/>.</remarks>
    public RenderedMarkdown Render(string body, string sourcePath, int firstLine, Func<string, string?> urlForSource) =>
        _remembered is null
            ? RenderNow(body, sourcePath, firstLine, urlForSource)
            : _remembered.GetOrAdd((body, sourcePath, firstLine), key => RenderNow(key.Body, key.Source, key.FirstLine, urlForSource));

    private RenderedMarkdown RenderNow(string body, string sourcePath, int firstLine, Func<string, string?> urlForSource)
    {
        if (MarkdownLimits.Check(body, sourcePath, firstLine) is { } tooComplex)
        {
            return RenderedMarkdown.Empty with { Refused = tooComplex };
        }

        try
        {
            return RenderChecked(body, sourcePath, firstLine, urlForSource);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig's depth limit, met while parsing or walking the tree, on nesting the checks above let through.
            return RenderedMarkdown.Empty with { Refused = MarkdownLimits.DepthLimit(body, sourcePath, firstLine) };
        }
    }

    private RenderedMarkdown RenderChecked(string body, string sourcePath, int firstLine, Func<string, string?> urlForSource)
    {
        var document = Markdig.Markdown.Parse(body, _pipeline);
        var links = new List<LinkReference>();
        var removed = new List<RemovedMarkup>();
        var directory = SitePath.Directory(sourcePath);
        SourceLocation At(int line, int column) => new(sourcePath, firstLine + line, column + 1);

        foreach (var link in document.Descendants<LinkInline>())
        {
            var location = At(link.Line, link.Column);
            if (link.Url is not { Length: > 0 } url)
            {
                continue;
            }

            if (UnsafeUrls.IsUnsafe(url, isImageSource: link.IsImage))
            {
                removed.Add(new RemovedMarkup($"the address '{url}'", location));
                continue;
            }

            link.Url = RewriteRelative(url, directory, urlForSource);
            var alt = link.IsImage ? AltTextOf(link) : null;
            links.Add(new LinkReference(link.Url, location, link.IsImage, alt));
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (UnsafeUrls.IsUnsafe(autolink.Url))
            {
                removed.Add(new RemovedMarkup($"the address '{autolink.Url}'", At(autolink.Line, autolink.Column)));
                continue;
            }

            links.Add(new LinkReference(autolink.Url, At(autolink.Line, autolink.Column)));
        }

        var hasRawHtml = false;
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            hasRawHtml = true;
            removed.AddRange(_sanitize.Findings(block.Lines.ToString()).Select(what => new RemovedMarkup(what, At(block.Line, block.Column))));
        }

        foreach (var inline in document.Descendants<HtmlInline>())
        {
            hasRawHtml = true;
            removed.AddRange(_sanitize.Findings(inline.Tag).Select(what => new RemovedMarkup(what, At(inline.Line, inline.Column))));
        }

        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, InlineText(h.Inline), h.GetAttributes().Id ?? ""))
            .ToList();

        var html = Markdig.Markdown.ToHtml(document, _pipeline);

        // Only bodies with raw HTML or a script address go through the HTML parser: for the rest Markdig's
        // own output is already safe, and re-serialising it would only cost time.
        if (hasRawHtml || removed.Count > 0)
        {
            html = _sanitize.Apply(html);
        }

        var plain = PlainTextOf(document).Trim();
        var first = document.Descendants<ParagraphBlock>().FirstOrDefault();
        return new RenderedMarkdown(html, plain, headings, links) { Removed = removed, FirstParagraph = InlineText(first?.Inline).Trim() };
    }

    /// <summary>The text of the tree already parsed, as Markdig's ToPlainText gives it, without parsing the body a second time.</summary>
    private string PlainTextOf(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string RewriteRelative(string url, string directory, Func<string, string?> urlForSource)
    {
        if (IsExternal(url) || url.StartsWith('#'))
        {
            return url;
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[hash..] : "";
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && SitePath.Resolve(directory, path) is { } source)
        {
            // Unknown files keep a recognisable URL so the link check reports the author's own words.
            return (urlForSource(source) ?? "/" + source) + fragment;
        }

        if (!path.StartsWith('/') && SitePath.Resolve(directory, path) is { } resolved)
        {
            return "/" + resolved + fragment;
        }

        return url;
    }

    internal static bool IsExternal(string url) =>
        url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('/') && !url.StartsWith('#');

    private static string AltTextOf(LinkInline image) => InlineText(image).Trim();

    private static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
