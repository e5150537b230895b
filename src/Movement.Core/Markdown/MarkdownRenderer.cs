using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Movement.Core.Caching;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Html;

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
    /// <param name="siteUrl">The site's base URL: pictures under it count as the site's own.</param>
    /// <remarks>A renderer that remembers assumes it is always given the same <paramref name="urlForSource"/> and <paramref name="siteUrl"/>.</remarks>
    public RenderedMarkdown Render(string body, string sourcePath, int firstLine, Func<string, string?> urlForSource, string siteUrl = "") =>
        _remembered is null
            ? RenderNow(body, sourcePath, firstLine, urlForSource, siteUrl)
            : _remembered.GetOrAdd((body, sourcePath, firstLine), key => RenderNow(key.Body, key.Source, key.FirstLine, urlForSource, siteUrl));

    private RenderedMarkdown RenderNow(string body, string sourcePath, int firstLine, Func<string, string?> urlForSource, string siteUrl)
    {
        if (MarkdownLimits.Check(body, sourcePath, firstLine) is { } tooComplex)
        {
            return RenderedMarkdown.Empty with { Refused = tooComplex };
        }

        try
        {
            return RenderChecked(body, sourcePath, firstLine, urlForSource, siteUrl);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig's depth limit, met while parsing or walking the tree, on nesting the checks above let through.
            return RenderedMarkdown.Empty with { Refused = MarkdownLimits.DepthLimit(body, sourcePath, firstLine) };
        }
    }

    private RenderedMarkdown RenderChecked(string body, string sourcePath, int firstLine, Func<string, string?> urlForSource, string siteUrl)
    {
        var document = Markdig.Markdown.Parse(body, _pipeline);
        var links = new List<LinkReference>();
        var directory = SitePath.Directory(sourcePath);
        SourceLocation At(int line, int column) => new(sourcePath, firstLine + line, column + 1);

        // Markdig's own HTML is safe but for the addresses it is given; a body with raw HTML or an address
        // the allow-list refuses goes through the sanitiser, and the rest is left as Markdig wrote it.
        var needsSanitising = false;
        foreach (var link in document.Descendants<LinkInline>())
        {
            var location = At(link.Line, link.Column);
            if (link.Url is not { Length: > 0 } url)
            {
                continue;
            }

            link.Url = RewriteRelative(url, directory, urlForSource);
            if (!ContentUrls.IsAllowedLink(link.Url) || (link.IsImage && !ContentUrls.IsSiteImage(link.Url, siteUrl)))
            {
                needsSanitising = true; // The sanitiser removes it and says so; the link check has nothing to follow.
                continue;
            }

            var alt = link.IsImage ? AltTextOf(link) : null;
            links.Add(new LinkReference(link.Url, location, link.IsImage, alt) { Written = url });
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!ContentUrls.IsAllowedLink(autolink.Url))
            {
                needsSanitising = true;
                continue;
            }

            links.Add(new LinkReference(autolink.Url, At(autolink.Line, autolink.Column)));
        }

        needsSanitising = needsSanitising || document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();

        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, InlineText(h.Inline), h.GetAttributes().Id ?? ""))
            .ToList();

        string html;
        IReadOnlyList<RemovedMarkup> removed = [];
        if (needsSanitising)
        {
            // The warnings and the HTML come from one pass of the sanitiser over the whole body, so nothing is
            // reported removed that stays, and markup split across blocks is judged as the browser will see it.
            var map = new HtmlSourceMap(At);
            var sanitised = new ContentHtmlSanitiser(siteUrl).Sanitise(map.Render(document, _pipeline), map.Locate);
            (html, removed) = (sanitised.Html, sanitised.Removed);
        }
        else
        {
            html = Markdig.Markdown.ToHtml(document, _pipeline);
        }

        var plain = PlainTextOf(document, body.Length);
        var first = document.Descendants<ParagraphBlock>().FirstOrDefault();
        return new RenderedMarkdown(html, plain, headings, links) { Removed = removed, FirstParagraph = InlineText(first?.Inline).Trim() };
    }

    /// <summary>
    /// The text of the tree already parsed, as Markdig's ToPlainText gives it, without parsing the body a second time,
    /// and trimmed. Written into a builder the size of the body, which the text never much exceeds, and trimmed as it
    /// is copied out: growing the builder and trimming a copy made three copies of every page's text.
    /// </summary>
    private string PlainTextOf(MarkdownDocument document, int bodyLength)
    {
        var text = new StringBuilder(bodyLength + 16);
        using var writer = new StringWriter(text, CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var (start, end) = (0, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
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
