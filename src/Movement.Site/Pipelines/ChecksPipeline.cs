using Movement.Core.Markdown;
using Movement.Core.Modules;
using Movement.Core.Pipelines;
using Movement.Site.Checks;

namespace Movement.Site.Pipelines;

/// <summary>Checks over the whole finished site: every path can be written, no two pages share an address, every link leads somewhere, and the settings name what exists.</summary>
public sealed class ChecksPipeline : Pipeline
{
    public ChecksPipeline(SiteContext site)
        : base(PipelineNames.Checks)
    {
        PostProcess.Add(new CheckOutputPaths());
        PostProcess.Add(new CheckDuplicateDestinations());
        PostProcess.Add(new CheckSiteLinks { SettingsLinks = [.. site.Settings.Navigation.Where(n => n.Location is not null).Select(n => new LinkReference(n.Url, n.Location!))] });
        PostProcess.Add(new CheckSettingsNames(site.Settings));
    }
}
