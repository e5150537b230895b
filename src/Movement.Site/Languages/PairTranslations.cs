using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;

namespace Movement.Site.Languages;

/// <summary>
/// Records on each published item its language versions (TranslationPairs), so every feature that shows an item
/// names its translations from the item alone: the page's alternates and toggle, the API document, the sitemap.
/// A pair is always read by one pipeline (the translation sits beside its original), so this sees both.
/// </summary>
public sealed class PairTranslations : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var pairs = TranslationPairs.OfItems(inputs.Select(d => d.Get(SiteKeys.Item)).OfType<Content.ContentItem>());
        return Task.FromResult<ImmutableArray<Document>>([.. inputs.Select(d =>
            d.Get(SiteKeys.Item) is { } item && pairs.Of(item.Url) is { Count: > 0 } versions ? d.With(SiteKeys.Item, item with { Translations = versions }) : d)]);
    }
}
