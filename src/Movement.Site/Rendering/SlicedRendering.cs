using Movement.Core.Documents;
using Movement.Core.Pipelines;

namespace Movement.Site.Rendering;

/// <summary>
/// Renders pages a slice at a time and hands each to the output as soon as it exists, so a pipeline with
/// 100,000 pages never holds them all at once.
/// </summary>
public static class SlicedRendering
{
    /// <summary>
    /// Pages rendered in one go: 250 for every core, and no more. A slice's pages
    /// live until the whole slice is done, long enough to outlast several collections, so a larger slice only
    /// leaves more garbage in the oldest generation.
    /// </summary>
    private static readonly int SliceSize = 250 * Math.Max(2, Environment.ProcessorCount);

    /// <param name="request">What the theme renders for page <c>i</c>: asked for a slice at a time, as its models can be big.</param>
    /// <param name="document">Makes page <c>i</c>'s document from its HTML.</param>
    public static async Task<List<Document>> RenderAsync(
        IThemeRenderer theme, int count, Func<int, PageRequest> request, IExecutionContext context, Func<int, byte[], Document> document)
    {
        var rendered = new List<Document>(count);
        for (var start = 0; start < count; start += SliceSize)
        {
            var slice = Enumerable.Range(start, Math.Min(SliceSize, count - start)).Select(request).ToList();
            var html = await theme.RenderAsync(slice, context.CancellationToken);
            for (var i = 0; i < html.Count; i++)
            {
                rendered.Add(context.HandOver(document(start + i, html[i])));
            }
        }

        return rendered;
    }
}
