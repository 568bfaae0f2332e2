filedesc://fixture.arc 127.0.0.1 20240506070809 text/plain 68
1 0 Fixture
URL IP-address Archive-date Content-type Archive-length

http://news.test/bridge 192.0.2.1 20240506070809 text/html 341
HTTP/1.1 200 OK
Content-Type: text/html

<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head>
<body><article><h1>Harbour bridge reopens</h1>
<p>The old harbour bridge reopened on Monday after two years of repairs, the city said.</p>
<p>Engineers replaced every cable.</p></article></body></html>

http://news.test/second 192.0.2.1 20240506070809 text/html 169
HTTP/1.1 200 OK
Content-Type: text/html

<html><head><title>Second page</title></head><body><p>A council vote on the budget was postponed to March.</p></body></html>

