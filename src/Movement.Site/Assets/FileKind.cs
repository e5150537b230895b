namespace Movement.Site.Assets;

/// <summary>What a file under input/ that is not content is, for publishing.</summary>
public enum FileKind
{
    /// <summary>A document, image, data, audio or video type campaigns share: published.</summary>
    Published,

    /// <summary>HTML, script or another type a browser runs: never published (an error).</summary>
    Active,

    /// <summary>A lock file, backup or system file left behind by an editor: not published (a warning).</summary>
    Leftover,

    /// <summary>Any other type: not published (a warning).</summary>
    Unknown,
}
