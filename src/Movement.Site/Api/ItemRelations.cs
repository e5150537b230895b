using Movement.Site.Content;

namespace Movement.Site.Api;

/// <summary>
/// Which published items an item's API document shows, asked of the item's own type (<see cref="ContentApi.Related"/>):
/// a type that shows other items must name them there, since its fields are given nothing else to read.
/// </summary>
public sealed class ItemRelations(ContentTypes types, IReadOnlyList<ContentItem> published)
{
    private readonly PublishedItems _published = new(published);

    /// <summary>Everything an item's document shows of other items, so a kept document is made again when one changes.</summary>
    public IReadOnlyList<ContentItem> Of(ContentItem item) => types.Require(item.Kind).Api.Related(item, _published);
}
