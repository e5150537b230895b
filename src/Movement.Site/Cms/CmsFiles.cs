namespace Movement.Site.Cms;

/// <summary>Where the editing UI lives, and the CMS script it loads from our own site.</summary>
public static class CmsFiles
{
    public const string AdminUrl = "/admin/";

    public const string Page = "admin/index.html";

    public const string Config = "admin/config.yml";

    /// <summary>
    /// Sveltia CMS's single-file build, copied here at deploy (see .ci/netlify-build.sh), never loaded from a CDN.
    /// Sveltia rather than Decap CMS: Decap saves an English page of a pair as x.en.md, which Movement does not pair.
    /// </summary>
    public const string Script = "admin/sveltia-cms.js";
}
