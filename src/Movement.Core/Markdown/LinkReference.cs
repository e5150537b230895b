using Movement.Core.Diagnostics;

namespace Movement.Core.Markdown;

/// <summary>A link or image written in content, kept with its place in the file so a broken one can be reported there.</summary>
public sealed record LinkReference(string Url, SourceLocation Location, bool IsImage = false, string? AltText = null)
{
    /// <summary>The address as the author wrote it, before a relative one was made a site address.</summary>
    public string? Written { get; init; }
}
