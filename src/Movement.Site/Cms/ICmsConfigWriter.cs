namespace Movement.Site.Cms;

/// <summary>
/// Writes the CMS's config.yml for the awareness-week years the input holds (the rest comes from the session's
/// settings and types), behind a seam so a session can keep the text while the years stay the same
/// (see <c>Caching.CachingCmsConfigWriter</c>).
/// </summary>
public interface ICmsConfigWriter
{
    string Write(IReadOnlyList<string> years);
}
