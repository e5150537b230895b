using Movement.Core.Pipelines;
using Movement.Site.Assets;

namespace Movement.Site.Pipelines;

public sealed class AssetsPipeline : Pipeline
{
    public AssetsPipeline(SiteContext site)
        : base(PipelineNames.Assets)
    {
        Read.Add(new CopyStaticFiles(site.Types));
        Read.Add(new CopyThemeAssets(site.Theme));
    }
}
