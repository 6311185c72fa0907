namespace ClerkStation.Tests.Support;

/// <summary>zh-CN UI text the browser tests find things by, exactly as a screen reader would announce them.</summary>
public static class Labels
{
    public const string UserName = "用户名";
    public const string Password = "密码";
    public const string SignIn = "登录";
}
