using StudyGraph.Domain.Learning;

namespace StudyGraph.Domain.Tests.Learning;

public class NormalDistributionTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.8413447460685429)]   // standard normal tables
    [InlineData(-1.96, 0.024997895148220435)]
    [InlineData(2.5, 0.9937903346742238)]
    public void Cdf_matches_table_values(double z, double expected) =>
        Assert.Equal(expected, NormalDistribution.Cdf(z), 6);
}
