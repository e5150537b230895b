using Movement.Core.Documents;
using Movement.Core.Pipeline;
using Movement.Site.Content;

namespace Movement.Site.Pipelines;

/// <summary>
/// What the content pipelines published, for the pipelines built from it (listings, redirects, API,
/// search, Netlify files): the documents that carry an item, drafts and scheduled items already left out.
/// </summary>
public static class PublishedContent
{
    public static IEnumerable<Document> Documents(IExecutionContext context) =>
        PipelineNames.Content.SelectMany(name => context.OutputsOf(name)).Where(d => d.Has(SiteKeys.Item));

    public static IEnumerable<ContentItem> Items(IExecutionContext context) =>
        Documents(context).Select(d => d.Require(SiteKeys.Item));
}
