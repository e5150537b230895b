using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using Movement.Site.Content;
using Movement.Site.Listings;
using Movement.Site.Rendering;

namespace Movement.Testing.Themes;

/// <summary>
/// A theme of one line per page, as Hugo's integration tests use one-line layouts: the title as the heading, the
/// body's HTML, and a link to every item the model shows. Content tests built with it assert what the site put on
/// a page, not how the real theme lays it out, so a redesign of the theme does not break them.
/// </summary>
/// <remarks>
/// The models are found by what they hold, not by their types: a content record is its own body, a view shows
/// its item's body, and any property holding items or their cards (a listing's, a brief's related briefs) becomes links.
/// The static files are the real theme's: features built on them (the embeds' fit script, the headers of
/// fingerprinted files) work as in a real build.
/// </remarks>
public sealed class OneLineTheme : IThemeRenderer
{
    private static readonly Lazy<IReadOnlyList<ThemeAsset>> RealAssets = new(() =>
    {
        using var theme = new Movement.Theme.Rendering.RazorThemeRenderer();
        return theme.Assets;
    });

    public IReadOnlyList<ThemeAsset> Assets => RealAssets.Value;

    public Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<PageRequest> pages, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<byte[]>>([.. pages.Select(page => Encoding.UTF8.GetBytes(Render(page)))]);

    /// <summary>The page as one line of HTML, ending with a newline.</summary>
    public static string Render(PageRequest page)
    {
        var context = page.Context;
        var item = page.Model as ContentItem ?? (page.Model as IItemView)?.Item;
        var links = LinkedItems(page.Model).Concat(context.ReferencedBy.SelectMany(r => r.Items))
            .Where(i => !ReferenceEquals(i, item))
            .Select(i => i switch
            {
                ContentItem linked => (linked.Url, linked.Title),
                ListingCard card => (card.Url, card.Title),
                _ => throw new InvalidOperationException($"A {i.GetType().Name} is not an item."),
            })
            .Select(i => $"<a href=\"{Encode(i.Url)}\">{Encode(i.Title)}</a>");
        return $"<!DOCTYPE html><html lang=\"{Encode(context.Lang)}\"><head><meta charset=\"utf-8\"><title>{Encode(context.Title)}</title></head>"
            + $"<body><h1>{Encode(context.Title)}</h1>{item?.Body.Html}<nav>{string.Concat(links)}</nav></body></html>\n";
    }

    /// <summary>The items (or listings' cards of items) a model holds in its public properties, one level down, in declaration order.</summary>
    private static IEnumerable<object> LinkedItems(object model)
    {
        if (model is IEnumerable<ContentItem> list)
        {
            return list;
        }

        return model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .SelectMany(p => p.GetValue(model) switch
            {
                (ContentItem or ListingCard) and var one => [one],
                IEnumerable many and not string => many.Cast<object>().Where(i => i is ContentItem or ListingCard),
                _ => [],
            });
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
