using Movement.Core.Documents;
using Movement.Core.Schema;
using Movement.Site.Content;

namespace Movement.Site;

/// <summary>The metadata the site's modules read and write.</summary>
public static class SiteKeys
{
    /// <summary>The typed content record a document was parsed into.</summary>
    public static readonly MetadataKey<ContentItem> Item = new("item");

    /// <summary>The validated front matter, kept for checks that need a field's line.</summary>
    public static readonly MetadataKey<FieldValues> Fields = new("fields");

    /// <summary>Why a valid item is not published in this build: a draft, or dated in the future.</summary>
    public static readonly MetadataKey<string> HeldBack = new("held-back");

    /// <summary>
    /// On the stand-in for a content file that could not be read (its error is reported): the address it would
    /// have had, in <c>CoreKeys.Url</c>, is known, so links to it are not reported again as missing pages.
    /// </summary>
    public static readonly MetadataKey<bool> Unreadable = new("unreadable");

    /// <summary>
    /// On a file a build would write that 'check' only names (a social card, a toolkit: nothing is drawn or zipped
    /// without an output), so an input file at its path is reported by both; it is not one of the report's files.
    /// </summary>
    public static readonly MetadataKey<bool> PathOnly = new("path-only");

    /// <summary>The date a future-dated item will first be published, so 'check' can say when it appears.</summary>
    public static readonly MetadataKey<DateOnly> ScheduledFor = new("scheduled-for");

    /// <summary>Parts of a published page still to come (a tracker entry dated in the future), each with its date.</summary>
    public static readonly MetadataKey<IReadOnlyList<Building.ScheduledItem>> ScheduledParts = new("scheduled-parts");
}
