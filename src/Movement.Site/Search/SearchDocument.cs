namespace Movement.Site.Search;

/// <summary>One page as the index sees it: its fields' text, its filters, and what its result shows.</summary>
public sealed record SearchDocument
{
    public required string Url { get; init; }

    public required string Title { get; init; }

    /// <summary>The content type id ("brief", "member"...), a filter.</summary>
    public required string Kind { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>"en" or "cy": decides whether words are stemmed.</summary>
    public string Lang { get; init; } = "en";

    public IReadOnlyList<string> Nations { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The text of each field, in the order words are numbered for phrase matching.</summary>
    public IReadOnlyList<(SearchField Field, string Text)> Fields { get; init; } = [];

    /// <summary>The text an excerpt is cut from: the summary, then the start of the body.</summary>
    public string ExcerptText { get; init; } = "";
}
