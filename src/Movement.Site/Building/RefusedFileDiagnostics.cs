using Movement.Core.Diagnostics;
using Movement.Core.IO;

namespace Movement.Site.Building;

/// <summary>
/// The errors for files the input folder refuses to read: symbolic links it does not follow (Git stores links, so one
/// merged pull request could otherwise publish the build machine's files) and files too large to read whole. Each is
/// an error at the file, never a silent skip.
/// </summary>
public static class RefusedFileDiagnostics
{
    private const string Replace = "Replace the link with the real file (copy the file itself into input/), then commit that file.";

    public static IEnumerable<Diagnostic> For(IFileSystem input) => input.ListRefusedFiles().Select(link => link.Reason switch
    {
        FileRefusal.Outside => Diagnostic.Error(DiagnosticCodes.LinkOutsideInput, new SourceLocation(link.Path),
            "This is a shortcut (symbolic link) to something outside the input folder; it is not read, so nothing outside input/ can be published.", Replace),
        FileRefusal.Folder => Diagnostic.Error(DiagnosticCodes.LinkToFolder, new SourceLocation(link.Path),
            "This is a shortcut (symbolic link) to a folder inside input/; linked folders are not read.",
            "Replace the link with a real folder holding the files (copy them into input/), then commit them."),
        FileRefusal.TooLarge => Diagnostic.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(link.Path),
            $"This file is larger than {PhysicalFileSystem.MaxFileBytes / (1024 * 1024)} MB, so it is not read or published.",
            "Make it smaller (compress the PDF or picture, or split it in parts), or put a video on a video site and link to it from a page."),
        _ => Diagnostic.Error(DiagnosticCodes.LinkToNowhere, new SourceLocation(link.Path),
            "This is a shortcut (symbolic link) that leads nowhere: its target is missing, or links lead round in a circle.", Replace),
    });
}
