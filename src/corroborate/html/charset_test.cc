#include "corroborate/html/charset.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

namespace corroborate::html {
namespace {

// `utf8` re-encoded in `charset` through ICU, to build test pages in legacy charsets.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(n));
  return out;
}

Decoded Decode(std::string_view bytes, std::string_view content_type = {}) {
  Result<Decoded> d = DecodeToUtf8(bytes, content_type);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? std::move(d).value() : Decoded{};
}

TEST(CharsetTest, ValidUtf8WithoutDeclaration) {
  const Decoded d = Decode("<p>caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "utf8");
  EXPECT_EQ(d.utf8, "<p>caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D</p>");
  EXPECT_EQ(d.replaced, 0u);
}

TEST(CharsetTest, EmptyAndWhitespace) {
  EXPECT_EQ(Decode("").utf8, "");
  EXPECT_EQ(Decode("").source, "utf8");
  EXPECT_EQ(Decode(" \n\t").utf8, " \n\t");
}

TEST(CharsetTest, Windows1252CurlyQuotesFromHttp) {
  const Decoded d = Decode("<p>\x93Quoted\x94 \x96 it\x92s</p>", "text/html; charset=windows-1252");
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_EQ(d.source, "http");
  EXPECT_EQ(d.utf8, "<p>\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 it\xE2\x80\x99s</p>");
  EXPECT_EQ(d.replaced, 0u);
}

TEST(CharsetTest, Latin1AndAsciiLabelsReadAsWindows1252) {
  for (const char* label : {"ISO-8859-1", "latin1", "us-ascii", "iso_8859-1", "\"iso-8859-1\""}) {
    SCOPED_TRACE(label);
    const Decoded d = Decode("caf\xE9 \x93x\x94", std::string("text/html; charset=") + label);
    EXPECT_EQ(d.charset, "windows-1252");
    EXPECT_EQ(d.utf8, "caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D");
  }
}

TEST(CharsetTest, Latin1WithoutDeclarationFallsBackToWindows1252) {
  const Decoded d = Decode("<html><body><p>Le caf\xE9 est ferm\xE9.</p></body></html>");
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_TRUE(d.source == "default" || d.source == "detected") << d.source;
  EXPECT_EQ(d.utf8, "<html><body><p>Le caf\xC3\xA9 est ferm\xC3\xA9.</p></body></html>");
}

TEST(CharsetTest, ShiftJisDeclaredByMetaCharset) {
  const std::string text =
      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B";
  const std::string page = "<html><head><meta charset=\"Shift_JIS\"><title>" +
                           Encode(text, "Shift_JIS") + "</title></head></html>";
  const Decoded d = Decode(page);
  EXPECT_EQ(d.charset, "Shift_JIS");
  EXPECT_EQ(d.source, "meta");
  EXPECT_NE(d.utf8.find(text), std::string::npos);
  EXPECT_EQ(d.replaced, 0u);
}

TEST(CharsetTest, Gb2312DeclaredByHttpEquivIsReadAsGbk) {
  const std::string text = "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB";  // 中文新闻
  const std::string page =
      "<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=gb2312'></HEAD>"
      "<BODY>" +
      Encode(text, "GBK") + "</BODY></HTML>";
  const Decoded d = Decode(page);
  EXPECT_EQ(d.charset, "GBK");
  EXPECT_EQ(d.source, "meta");
  EXPECT_NE(d.utf8.find(text), std::string::npos);
}

TEST(CharsetTest, ByteOrderMarks) {
  const std::string text = "<p>\xC3\xA9t\xC3\xA9 \xE2\x82\xAC</p>";
  Decoded d = Decode("\xFF\xFE" + Encode(text, "UTF-16LE"), "text/html; charset=iso-8859-1");
  EXPECT_EQ(d.charset, "UTF-16LE");
  EXPECT_EQ(d.source, "bom");
  EXPECT_EQ(d.utf8, text);
  d = Decode("\xFE\xFF" + Encode(text, "UTF-16BE"));
  EXPECT_EQ(d.charset, "UTF-16BE");
  EXPECT_EQ(d.utf8, text);
  d = Decode("\xEF\xBB\xBF" + text);
  EXPECT_EQ(d.source, "bom");
  EXPECT_EQ(d.utf8, text);
  d = Decode(std::string_view("\xFF\xFE<\x00p\x00>", 7));  // odd trailing byte
  EXPECT_EQ(d.utf8.rfind("<p", 0), 0u);
  EXPECT_EQ(d.replaced, 1u);
}

TEST(CharsetTest, InvalidUtf8WithoutDeclarationDoesNotFail) {
  const Decoded d = Decode("abc \xC3 def \xFF\xFE\x80 ghi");
  EXPECT_NE(d.source, "utf8");
  EXPECT_NE(d.charset, "UTF-8");
  EXPECT_EQ(d.utf8.rfind("abc ", 0), 0u);
  EXPECT_NE(d.utf8.find(" ghi"), std::string::npos);
}

TEST(CharsetTest, DeclaredUtf8WithInvalidBytesCountsReplacements) {
  const Decoded d = Decode("ok \xC3( \xFF end", "text/html; charset=utf-8");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "http");
  EXPECT_EQ(d.replaced, 2u);
  EXPECT_EQ(d.utf8, "ok \xEF\xBF\xBD( \xEF\xBF\xBD end");
}

TEST(CharsetTest, HttpBeatsMetaAndMislabelledUtf8IsRecognised) {
  const std::string meta_1252 = "<meta charset=windows-1252><p>caf\xE9</p>";
  Decoded d = Decode(meta_1252, "text/html; charset=ISO-8859-15");
  EXPECT_EQ(d.source, "http");
  EXPECT_EQ(d.utf8, "<meta charset=windows-1252><p>caf\xC3\xA9</p>");
  // UTF-8 bytes under a Latin-1 header: the bytes win.
  d = Decode("<p>caf\xC3\xA9</p>", "text/html; charset=ISO-8859-1");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "utf8");
  EXPECT_EQ(d.utf8, "<p>caf\xC3\xA9</p>");
}

TEST(CharsetTest, UnknownLabelsFallThrough) {
  Decoded d = Decode("<p>caf\xC3\xA9</p>", "text/html; charset=x-no-such-charset");
  EXPECT_EQ(d.unknown_label, "x-no-such-charset");
  EXPECT_EQ(d.source, "utf8");
  d = Decode("<meta charset=\"utf-7\"><p>+AGEAYgBj-</p>");
  EXPECT_EQ(d.unknown_label, "utf-7");
  EXPECT_EQ(d.charset, "UTF-8");
  d = Decode("<meta charset=\"\x01\xff\"><p>x\xE9</p>");
  EXPECT_EQ(d.charset, "windows-1252");
}

TEST(CharsetTest, MetaUtf16MeansUtf8) {
  const Decoded d = Decode("<meta charset=utf-16><p>caf\xC3\xA9</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "meta");
}

TEST(CharsetTest, DetectsUndeclaredLegacyCjk) {
  std::string text;
  for (int i = 0; i < 20; ++i) {
    text +=
        "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xAE\xE6\x94\xBF\xE5\xBA\x9C\xE3\x81\xAF\xE4\xBB\x8A"
        "\xE6\x97\xA5\xE3\x80\x81\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE8\xA8\x88\xE7\x94\xBB"
        "\xE3\x82\x92\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82";
  }
  const Decoded d = Decode("<html><body><p>" + Encode(text, "Shift_JIS") + "</p></body></html>");
  EXPECT_EQ(d.source, "detected");
  EXPECT_EQ(d.charset, "Shift_JIS");
  EXPECT_NE(d.utf8.find(text), std::string::npos);
}

TEST(CharsetFromContentTypeTest, Forms) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=ISO-8859-1"), "ISO-8859-1");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html; CHARSET = 'EUC-JP' ; x=y"), "EUC-JP");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
  EXPECT_EQ(CharsetFromContentType("charset"), "");
  EXPECT_EQ(CharsetFromContentType("text/html; charset="), "");
}

TEST(CharsetFromMetaTest, Forms) {
  EXPECT_EQ(CharsetFromMeta("<meta charset=utf-8>"), "utf-8");
  EXPECT_EQ(CharsetFromMeta("<meta name=x><META content=\"text/html; charset=EUC-JP\" "
                            "http-equiv=\"Content-Type\" />"),
            "EUC-JP");
  EXPECT_EQ(CharsetFromMeta("<!-- <meta charset=koi8-r> --><meta charset='big5'>"), "big5");
  EXPECT_EQ(CharsetFromMeta("<metadata charset=x><meta content='charset=x'>"), "");
  EXPECT_EQ(CharsetFromMeta(std::string(5000, ' ') + "<meta charset=utf-8>"), "");
  EXPECT_EQ(CharsetFromMeta("<meta charset="), "");
  EXPECT_EQ(CharsetFromMeta("<meta"), "");
  EXPECT_EQ(CharsetFromMeta(""), "");
}

TEST(NormalizeCharsetLabelTest, Labels) {
  EXPECT_EQ(NormalizeCharsetLabel(" Latin1 "), "windows-1252");
  EXPECT_EQ(NormalizeCharsetLabel("GB2312"), "GBK");
  EXPECT_EQ(NormalizeCharsetLabel("x-sjis"), "Shift_JIS");
  EXPECT_EQ(NormalizeCharsetLabel("euc-kr"), "windows-949");
  EXPECT_EQ(NormalizeCharsetLabel("utf-7"), "");
  EXPECT_EQ(NormalizeCharsetLabel("windows-1251"), "windows-1251");
}

}  // namespace
}  // namespace corroborate::html
