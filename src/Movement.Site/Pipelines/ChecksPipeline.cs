using Movement.Core.Modules.PostProcess;
using Movement.Core.Pipeline;
using Movement.Site.Checks;

namespace Movement.Site.Pipelines;

/// <summary>Checks over the whole finished site: every path can be written, no two pages share an address, and every link leads somewhere.</summary>
public sealed class ChecksPipeline : Pipeline
{
    public ChecksPipeline()
        : base(PipelineNames.Checks)
    {
        PostProcess.Add(new CheckOutputPaths());
        PostProcess.Add(new CheckDuplicateDestinations());
        PostProcess.Add(new CheckSiteLinks());
    }
}
