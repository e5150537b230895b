using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Rendering;

namespace Movement.Site.Assets;

/// <summary>Adds the theme's CSS, scripts and icons to the output.</summary>
public sealed class CopyThemeAssets(IThemeRenderer theme) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.AddRange(theme.Assets.Select(a => new Document { Destination = a.Path, Bytes = a.Content })));
}
