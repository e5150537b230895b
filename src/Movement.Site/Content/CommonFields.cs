using Movement.Core.Schema;
using Movement.Site.Aliases;
using Movement.Site.Settings;

namespace Movement.Site.Content;

/// <summary>Fields every Markdown content type accepts, besides its own.</summary>
public static class CommonFields
{
    public static IReadOnlyList<FieldDefinition> All { get; } =
    [
        Field.Text("slug", "Address segment (lowercase letters, digits and hyphens)").WithExample("develop-the-workforce").Matching(Slugs.Pattern),
        Field.Choice("status", "Status", ["published", "draft"]),
        Field.TextList("aliases", "Old addresses that should lead here").WithExample("[/old/address/]").Matching(OldAddresses.Pattern),
        Field.Choice("lang", "Language", ["en", "cy"]),
        Field.Text("translated_from", "For a translation: the fingerprint of the English file it was made from (the translation-status page gives it)").WithExample("3fa9c1d2e4"),
        Field.LongText("description", "Description for search engines"),
        Field.Boolean("search", "Show in the site's search (true unless set to false)"),
    ];

    /// <summary>The topics of the types that take them: ids from site.yml's list, any words while site.yml cannot be read.</summary>
    public static FieldDefinition Topics(SiteSettings settings) => settings.Unreadable
        ? Field.TextList("topics", "Topics")
        : Field.ChoiceList("topics", "Topics", settings.Topics.Select(t => t.Id).ToList());
}
