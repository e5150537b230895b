using Movement.Core.Yaml;
using Movement.Site.Content;
using Movement.Site.Settings;

namespace Movement.Site.Cms;

/// <summary>Writes the CMS's config.yml afresh from the settings, the content types and the years.</summary>
public sealed class CmsConfigWriter(SiteSettings settings, ContentTypes types) : ICmsConfigWriter
{
    public string Write(IReadOnlyList<string> years) => YamlTreeWriter.Write(new DecapConfig(settings, types, years).Build());
}
