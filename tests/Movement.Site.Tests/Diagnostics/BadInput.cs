using Movement.Core.Diagnostics;

namespace Movement.Site.Tests.Diagnostics;

/// <summary>
/// One mistake from the catalogue: a whole small site (inline files) and the one diagnostic it must
/// produce, with the words its hint must contain for a non-developer to act on it.
/// </summary>
public sealed record BadInput(string Site, string Code, string Path, int Line, string[] HintWords, Severity Severity = Severity.Error)
{
    /// <summary>Words the message must contain, such as the value the author wrote.</summary>
    public string[] MessageWords { get; init; } = [];

    /// <summary>The column the diagnostic must point at, when the case checks it (1-based).</summary>
    public int? Column { get; init; }

    /// <summary>Files given as bytes (binary, invalid UTF-8), added to the inline ones.</summary>
    public IReadOnlyDictionary<string, byte[]> Bytes { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>A brief at briefs/b.md: the front matter's first field is on line 2, the body starts after it.</summary>
    public static string Brief(string frontMatter, string body = "Body") =>
        $"-- briefs/b.md --\n---\n{frontMatter}\n---\n{body}\n";

    /// <summary>A valid brief's fields (lines 2-4), for cases whose mistake comes after them.</summary>
    public const string Valid = "title: B\nsummary: S\ndate: 2024-01-01";
}
