namespace Movement.Site.Content;

/// <summary>A page model that shows one item with more around it (a brief with its related briefs): metadata and the API follow the item.</summary>
public interface IItemView
{
    ContentItem Item { get; }
}
