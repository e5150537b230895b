using System.Text.Json.Nodes;
using Movement.Core.Markdown;
using Movement.Site.Rendering;

namespace Movement.Site.Content;

/// <summary>
/// What every kind of content has in common. Each content type is a record deriving from this with its
/// own fields; the common ones are filled in by <see cref="Modules.ParseContent"/>.
/// </summary>
public abstract record ContentItem
{
    /// <summary>The content type's name, e.g. "brief".</summary>
    public abstract string Kind { get; }

    /// <summary>The input file, relative to the input folder.</summary>
    public string Source { get; init; } = "";

    public string Slug { get; init; } = "";

    /// <summary>The page's site URL, e.g. "/briefs/workforce/".</summary>
    public string Url { get; init; } = "";

    public string Title { get; init; } = "";

    public string Summary { get; init; } = "";

    /// <summary>For search engines and link previews; falls back to the summary.</summary>
    public string Description { get; init; } = "";

    public DateOnly? Date { get; init; }

    public DateOnly? Updated { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Nations { get; init; } = [];

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>"en" or "cy".</summary>
    public string Lang { get; init; } = "en";

    /// <summary>Every published language version of the item, its own included, English first; empty when it has none (Languages.PairTranslations).</summary>
    public IReadOnlyList<Languages.Translation> Translations { get; init; } = [];

    /// <summary>For a translation: the fingerprint of the English file it was made from ('translated_from'), to tell when the English changed since.</summary>
    public string? TranslatedFrom { get; init; }

    public bool IsDraft { get; init; }

    public RenderedMarkdown Body { get; init; } = RenderedMarkdown.Empty;

    /// <summary>The schema.org description of the item's page, when its type has one of its own (see <see cref="Metadata.StructuredData"/>).</summary>
    public virtual JsonObject? StructuredData(PageContext page) => null;

    /// <summary>The line under the title on the item's social card, when its type says more than the date.</summary>
    public virtual string CardLine => "";
}
