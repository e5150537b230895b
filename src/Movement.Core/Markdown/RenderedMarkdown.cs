using Movement.Core.Diagnostics;
using Movement.Core.Html;

namespace Movement.Core.Markdown;

/// <summary>A Markdown body turned into HTML, with what later steps need to know about it.</summary>
public sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<Heading> Headings, IReadOnlyList<LinkReference> Links)
{
    /// <summary>What was taken out of the author's HTML because it could run code, to tell them why it vanished.</summary>
    public IReadOnlyList<RemovedMarkup> Removed { get; init; } = [];

    /// <summary>
    /// The HTML as the site's own pages show it, where the site may have added to it (pictures in several sizes);
    /// <see cref="Html"/> stays as the author's Markdown gave it, for places away from the site (the API, feeds).
    /// </summary>
    public string PageHtml
    {
        get => _pageHtml ?? Html;
        init => _pageHtml = value;
    }

    private readonly string? _pageHtml;

    /// <summary>The first paragraph's text, for items whose summary may be left to the body.</summary>
    public string FirstParagraph { get; init; } = "";

    /// <summary>Why the body was not rendered (nesting or size Markdig cannot take), to report to the author.</summary>
    public Diagnostic? Refused { get; init; }

    public static RenderedMarkdown Empty { get; } = new("", "", [], []);
}
