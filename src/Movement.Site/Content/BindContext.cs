using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Site.Settings;

namespace Movement.Site.Content;

/// <summary>What a content type's binder may use besides the validated fields.</summary>
public sealed record BindContext(string Source, SiteSettings Settings, IFileSystem Input, IDiagnostics Diagnostics);
