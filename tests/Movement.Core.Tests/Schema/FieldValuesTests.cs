using Movement.Core.Diagnostics;
using Movement.Core.Schema;

namespace Movement.Core.Tests.Schema;

public class FieldValuesTests
{
    [Fact]
    public void A_field_is_located_where_it_was_written_in_the_record_s_file_or_another()
    {
        var values = new FieldValues(new SourceLocation("members/a.yml", 1, 1),
        [
            new("name", ("Brazelton Centre UK", new SourceLocation("members/a.yml", 3, 7))),
            new("logo", ("logo.png", new SourceLocation("shared/logos.yml", 9, 2))),
        ]);

        Assert.Equal(new SourceLocation("members/a.yml", 3, 7), values.LocationOf("name"));
        Assert.Equal(new SourceLocation("shared/logos.yml", 9, 2), values.LocationOf("logo"));
        Assert.Equal(new SourceLocation("members/a.yml", 1, 1), values.LocationOf("website"));
        Assert.Equal("Brazelton Centre UK", values.Text("name"));
    }
}
