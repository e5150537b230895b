using System.Security.Cryptography;
using Movement.Site.SocialCards;
using Movement.Testing;

namespace Movement.Site.Tests.SocialCards;

public class CardFontsTests
{
    [Fact]
    public void The_fonts_digest_is_that_of_the_two_font_files_one_after_the_other()
    {
        // Part of every kept picture's key: a different digest for the same fonts would draw every card again.
        var folder = Path.Combine(RepositoryRoot.Find(), "src", "Movement.Site", "SocialCards", "Fonts");
        byte[] both = [.. File.ReadAllBytes(Path.Combine(folder, "NotoSans-Regular.ttf")), .. File.ReadAllBytes(Path.Combine(folder, "NotoSans-Bold.ttf"))];

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(both)), CardFonts.Digest);
    }
}
