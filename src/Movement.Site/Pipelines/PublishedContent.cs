using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Content;

namespace Movement.Site.Pipelines;

/// <summary>
/// What the content pipelines published, for the pipelines built from it (listings, redirects, API,
/// search, Netlify files): the documents that carry an item, drafts and scheduled items already left out.
/// </summary>
public static class PublishedContent
{
    public static IEnumerable<Document> Documents(ContentTypes types, IExecutionContext context) =>
        types.PipelineNames.SelectMany(name => context.OutputsOf(name)).Where(d => d.Has(SiteKeys.Item));

    public static IEnumerable<ContentItem> Items(ContentTypes types, IExecutionContext context) =>
        Documents(types, context).Select(d => d.Require(SiteKeys.Item));
}
