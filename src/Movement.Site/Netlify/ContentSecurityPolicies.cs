namespace Movement.Site.Netlify;

/// <summary>
/// The Content-Security-Policies of the site. The site itself runs only its own files, with no inline script or
/// style. Embeds may sit in anyone's iframe and load nothing but their stylesheet and picture. The editing UI runs
/// Sveltia CMS, which styles itself inline, reads its own pictures back with fetch (connect-src data:) and talks to
/// GitHub's API; its fonts are the site's own copies (.ci/install-cms.sh), and its update check and GitHub's
/// status page are refused, so it makes no third-party request but GitHub's. A browser enforces every policy it is sent, so the fallback every response gets
/// must allow all that the others allow: it is the editing UI's without its framing rule, and each of the others
/// only narrows it.
/// </summary>
public static class ContentSecurityPolicies
{
    public const string Site =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

    /// <summary>Its one script (embed-height.js) posts the card's height to the page around it; it connects nowhere.</summary>
    public const string Embed =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

    /// <summary>What every response gets, unknown paths and the 404 page included (framing is denied by X-Frame-Options).</summary>
    public const string Fallback =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; media-src 'self' blob:; connect-src 'self' data: https://api.github.com; frame-src 'self' blob:; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'";

    public const string Admin = Fallback + "; frame-ancestors 'none'";

    /// <summary>An SVG opened on its own: a sandboxed document that runs no script and loads only our own pictures and styles.</summary>
    public const string Svg = "default-src 'none'; img-src 'self' data:; style-src 'self'; sandbox";
}
