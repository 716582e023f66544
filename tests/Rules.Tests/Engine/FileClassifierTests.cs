using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class FileClassifierTests
{
    [Theory]
    [InlineData("deploy/nginx/conf.d/default.conf", FileKind.Nginx)]
    [InlineData("conf.d/app.conf", FileKind.Nginx)]
    [InlineData("gateway/conf.d/api.conf", FileKind.Nginx)]
    [InlineData("data/conf/dovecot/conf.d/fts.conf", FileKind.Other)]
    [InlineData("php-fpm/conf.d/opcache.conf", FileKind.Other)]
    [InlineData("data/conf/nginx/site.conf", FileKind.Nginx)]
    public void A_conf_d_folder_of_another_server_is_not_nginx(string path, FileKind expected) =>
        Assert.Equal(expected, FileClassifier.Classify(path));
}
