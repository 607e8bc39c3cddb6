// Checks a designer screenshot: expected size and enough distinct colours that
// the canvas, nodes and docks were really painted (a blank grab has one or two).
#include <QGuiApplication>
#include <QImage>
#include <QSet>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s IMAGE.png WIDTHxHEIGHT\n", argv[0]);
        return 2;
    }
    const QImage image(QString::fromLocal8Bit(argv[1]));
    if (image.isNull()) {
        std::fprintf(stderr, "FAIL: %s is not a readable PNG\n", argv[1]);
        return 1;
    }
    const QStringList size = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
    if (size.size() != 2 || image.width() != size[0].toInt() || image.height() != size[1].toInt()) {
        std::fprintf(stderr, "FAIL: image is %dx%d, the window reported %s\n", image.width(), image.height(), argv[2]);
        return 1;
    }
    if (image.width() < 800 || image.height() < 500) {
        std::fprintf(stderr, "FAIL: window too small (%dx%d)\n", image.width(), image.height());
        return 1;
    }
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    // Coloured node headers in several categories must be there.
    int categoryPixels = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.saturation() > 120 && c.value() > 80)
                ++categoryPixels;
        }
    std::printf("%dx%d, %lld distinct colours, %d saturated pixels\n", image.width(), image.height(),
                qint64(colours.size()), categoryPixels);
    if (colours.size() < 200) {
        std::fprintf(stderr, "FAIL: only %lld distinct colours: blank window?\n", qint64(colours.size()));
        return 1;
    }
    if (categoryPixels < 500) {
        std::fprintf(stderr, "FAIL: no coloured nodes visible\n");
        return 1;
    }
    std::printf("PASS\n");
    return 0;
}
