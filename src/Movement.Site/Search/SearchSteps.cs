using Movement.Site.Content;

namespace Movement.Site.Search;

/// <summary>The search's per-page work done afresh on every build.</summary>
public sealed class SearchSteps : ISearchSteps
{
    public SearchDocument DocumentOf(ContentItem item) => SearchDocuments.From(item);

    public Func<SearchDocument, AnalysedDocument> Analyser() => new AnalyseDocument().From;

    public SearchIndexPacker Packer() => new();
}
