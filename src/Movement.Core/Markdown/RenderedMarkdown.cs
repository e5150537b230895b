namespace Movement.Core.Markdown;

/// <summary>A Markdown body turned into HTML, with what later steps need to know about it.</summary>
public sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<Heading> Headings, IReadOnlyList<LinkReference> Links)
{
    public static RenderedMarkdown Empty { get; } = new("", "", [], []);
}
