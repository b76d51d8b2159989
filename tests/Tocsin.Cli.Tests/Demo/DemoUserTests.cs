using Tocsin.Cli.Demo;
using Tocsin.Core.Principals;

namespace Tocsin.Cli.Tests.Demo;

public sealed class DemoUserTests
{
    [Fact]
    public void There_is_one_user_per_role()
    {
        var roles = DemoPicture.Users.Select(u => u.Role).Order();

        Assert.Equal(Enum.GetValues<Role>().Order(), roles);
    }

    [Fact]
    public void Users_and_passwords_are_the_documented_ones()
    {
        var users = DemoPicture.Users.Select(u => $"{u.Name}:{RoleNames.ToName(u.Role)}:{u.Password}");

        Assert.Equal(
            ["ana:analyst:demo-analyst", "paul:approver:demo-approver", "wanda:watch-officer:demo-watch", "admin:admin:demo-admin"],
            users);
    }
}
