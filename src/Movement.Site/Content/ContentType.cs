using Movement.Core.IO;
using Movement.Core.Schema;

namespace Movement.Site.Content;

/// <summary>
/// One kind of content: which files it is read from, its schema, how validated fields become its typed
/// record, and where its pages go. The CLI's 'new' command, the validation and the page URLs all use this.
/// </summary>
public sealed record ContentType
{
    /// <summary>Short name used on the command line and in the API, e.g. "brief".</summary>
    public required string Name { get; init; }

    /// <summary>The input files, e.g. "briefs/*.md".</summary>
    public required string Pattern { get; init; }

    public required ContentSchema Schema { get; init; }

    public required Func<FieldValues, BindContext, ContentItem> Bind { get; init; }

    /// <summary>The page URL for a slug and source path.</summary>
    public required Func<string, string, string> UrlFor { get; init; }

    /// <summary>The slug when none is given: by default the file name.</summary>
    public Func<string, string> DefaultSlug { get; init; } = SitePath.FileNameWithoutExtension;

    /// <summary>Whether an item dated in the future waits until its date to appear.</summary>
    public bool WaitsForDate { get; init; } = true;

    /// <summary>Where 'movement new' puts a new item, from its slug and the date and week it is made in.</summary>
    public required Func<string, NewFilePlace, string> NewFilePath { get; init; }

    public string Label => Schema.Label;
}
