using Movement.Core.Diagnostics;
using Movement.Core.IO;

namespace Movement.Site.Building;

/// <summary>
/// The errors for symbolic links the input folder refuses to follow. Git stores links, so one merged pull request
/// could otherwise publish the build machine's files; each is an error at the link, never a silent skip.
/// </summary>
public static class LinkDiagnostics
{
    private const string Replace = "Replace the link with the real file (copy the file itself into input/), then commit that file.";

    public static IEnumerable<Diagnostic> For(IFileSystem input) => input.ListRefusedLinks().Select(link => link.Reason switch
    {
        LinkRefusal.Outside => Diagnostic.Error(DiagnosticCodes.LinkOutsideInput, new SourceLocation(link.Path),
            "This is a shortcut (symbolic link) to something outside the input folder; it is not read, so nothing outside input/ can be published.", Replace),
        LinkRefusal.Folder => Diagnostic.Error(DiagnosticCodes.LinkToFolder, new SourceLocation(link.Path),
            "This is a shortcut (symbolic link) to a folder inside input/; linked folders are not read.",
            "Replace the link with a real folder holding the files (copy them into input/), then commit them."),
        _ => Diagnostic.Error(DiagnosticCodes.LinkToNowhere, new SourceLocation(link.Path),
            "This is a shortcut (symbolic link) that leads nowhere: its target is missing, or links lead round in a circle.", Replace),
    });
}
