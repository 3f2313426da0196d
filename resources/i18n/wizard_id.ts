<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>App</name>
    <message>
        <source>Your saved %1 could not be read, so the wizard starts fresh. The damaged file was kept as %2.</source>
        <translation>File %1 yang tersimpan tidak dapat dibaca, jadi wizard dimulai dari awal. File yang rusak disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>kemajuan</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>The wizard is already open for this data folder (%1). Switch to that window, or close it first.</source>
        <translation>Wizard sudah terbuka untuk folder data ini (%1). Buka jendela tersebut, atau tutup dulu jendela itu.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Sudah terbuka</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi masalah</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your progress is saved. Please try again; if it happens again, send the log file to support.</source>
        <translation>Terjadi masalah yang tidak terduga. Kemajuan Anda sudah tersimpan. Silakan coba lagi; jika terjadi lagi, kirim file log ke tim support.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>File log: %1</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The product list is in use by another program (perhaps the wizard is open in another window). Close it, then try again.</source>
        <translation>Daftar produk sedang dipakai program lain (mungkin wizard terbuka di jendela lain). Tutup program itu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The product list {path} cannot be saved. Check that its folder exists and that you may change files in it, or choose another folder.</source>
        <translation>Daftar produk {path} tidak dapat disimpan. Pastikan foldernya ada dan Anda boleh mengubah file di dalamnya, atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The product list file {path} is damaged. Move it to another folder (or restore a backup) and try again: a new, empty product list will be made.</source>
        <translation>File daftar produk {path} rusak. Pindahkan ke folder lain (atau pulihkan dari cadangan) lalu coba lagi: daftar produk baru yang kosong akan dibuat.</translation>
    </message>
    <message>
        <source>The product list was saved by a newer version of the wizard. Install the newest version, then try again.</source>
        <translation>Daftar produk disimpan oleh versi wizard yang lebih baru. Instal versi terbaru, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>A number was too big to save in the product list, so nothing of this change was saved. Check the stock and price columns of your file for a number that is much too long, then try again.</source>
        <translation>Ada angka yang terlalu besar untuk disimpan di daftar produk, jadi perubahan ini tidak disimpan sama sekali. Periksa kolom stok dan harga di file Anda, cari angka yang terlalu panjang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The product list could not be used. Try again; if it keeps happening, send the diagnostics file to support.</source>
        <translation>Daftar produk tidak dapat dipakai. Coba lagi; jika terus terjadi, kirim file diagnostik ke tim support.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>File {path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose the product list file inside it.</source>
        <translation>{path} adalah folder, bukan file. Pilih file daftar produk di dalamnya.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened. Close it in Excel and try again.</source>
        <translation>File {path} tidak dapat dibuka. Tutup file itu di Excel lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {path} is not a product list: it is neither a CSV text file nor a spreadsheet (xlsx, xls, ods). Choose the file you keep your products in.</source>
        <translation>File {path} bukan daftar produk: bukan file teks CSV dan bukan lembar kerja (xlsx, xls, ods). Pilih file tempat Anda menyimpan produk.</translation>
    </message>
    <message>
        <source>Line {line}: a quote (&quot;) opens a cell that is never closed, so every line after it would be read as one cell. Remove that quote or close it, save, and try again.</source>
        <translation>Baris {line}: ada tanda kutip (&quot;) yang membuka sel tetapi tidak pernah ditutup, sehingga semua baris sesudahnya akan terbaca sebagai satu sel. Hapus tanda kutip itu atau tutup, simpan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Line {line} has a cell longer than 128 KB, which no product list has. Check that this is the right file, or save it again from your spreadsheet program.</source>
        <translation>Baris {line} punya sel yang lebih panjang dari 128 KB, padahal daftar produk tidak pernah begitu. Periksa apakah ini file yang benar, atau simpan ulang dari program lembar kerja Anda.</translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read as CSV. Open the file in your spreadsheet program, save it again as CSV, and try again.</source>
        <translation>Baris {line} file ini tidak bisa dibaca sebagai CSV. Buka file di program lembar kerja Anda, simpan ulang sebagai CSV, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The spreadsheet {path} cannot be read: it is damaged or protected with a password. Open it in your spreadsheet program, save it again without a password (or as CSV), and try again.</source>
        <translation>Lembar kerja {path} tidak bisa dibaca: file rusak atau dilindungi kata sandi. Buka di program lembar kerja Anda, simpan ulang tanpa kata sandi (atau sebagai CSV), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Line {line} should name the columns, but there is no column for: {missing}. Name the columns sku, name, stock and price (or kode sku, nama, stok and harga).</source>
        <translation>Baris {line} seharusnya berisi nama kolom, tetapi tidak ada kolom untuk: {missing}. Beri nama kolom sku, name, stock, dan price (atau kode sku, nama, stok, dan harga).</translation>
    </message>
    <message>
        <source>Line {line} of the file is damaged and cannot be read as text. In Excel choose Save As, then &quot;CSV UTF-8 (Comma delimited)&quot;, and load that file.</source>
        <translation>Baris {line} di file ini rusak dan tidak bisa dibaca sebagai teks. Di Excel pilih Save As, lalu &quot;CSV UTF-8 (Comma delimited)&quot;, kemudian muat file tersebut.</translation>
    </message>
    <message>
        <source>The file {path} has no products in it. Choose the file with your products, with the columns sku, name, stock and price.</source>
        <translation>File {path} tidak berisi produk. Pilih file produk Anda, yang punya kolom sku, name, stock, dan price (atau kode sku, nama, stok, dan harga).</translation>
    </message>
    <message>
        <source>The file is too big for a product list (more than 50 MB). Choose the file with your products, or save only the sheet with your products as CSV.</source>
        <translation>File terlalu besar untuk daftar produk (lebih dari 50 MB). Pilih file produk Anda, atau simpan hanya sheet produk Anda sebagai CSV.</translation>
    </message>
    <message>
        <source>Line {line}: there is no SKU code.</source>
        <translation>Baris {line}: tidak ada kode SKU.</translation>
    </message>
    <message>
        <source>Line {line}: there is no product name.</source>
        <translation>Baris {line}: tidak ada nama produk.</translation>
    </message>
    <message>
        <source>Line {line}: there is no stock.</source>
        <translation>Baris {line}: tidak ada stok.</translation>
    </message>
    <message>
        <source>Line {line}: there is no price.</source>
        <translation>Baris {line}: tidak ada harga.</translation>
    </message>
    <message>
        <source>Line {line}: the stock &quot;{value}&quot; is not a whole number.</source>
        <translation>Baris {line}: stok &quot;{value}&quot; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; is not an amount in rupiah.</source>
        <translation>Baris {line}: harga &quot;{value}&quot; bukan jumlah dalam rupiah.</translation>
    </message>
    <message>
        <source>Line {line}: the stock &quot;{value}&quot; is below zero.</source>
        <translation>Baris {line}: stok &quot;{value}&quot; kurang dari nol.</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; is below zero.</source>
        <translation>Baris {line}: harga &quot;{value}&quot; kurang dari nol.</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; has cents; write whole rupiah (for example 15000).</source>
        <translation>Baris {line}: harga &quot;{value}&quot; memakai sen; tulis dalam rupiah bulat (misalnya 15000).</translation>
    </message>
    <message>
        <source>Line {line}: the SKU code &quot;{value}&quot; is also on line {other_line}, so neither line is used. Keep one line per SKU code.</source>
        <translation>Baris {line}: kode SKU &quot;{value}&quot; juga ada di baris {other_line}, jadi kedua baris tidak dipakai. Pakai satu baris untuk setiap kode SKU.</translation>
    </message>
    <message>
        <source>Line {line}: there are more cells than columns (&quot;{value}&quot;). Put a name that contains the separator in quotes.</source>
        <translation>Baris {line}: jumlah sel lebih banyak dari jumlah kolom (&quot;{value}&quot;). Beri tanda kutip pada nama yang mengandung tanda pemisah.</translation>
    </message>
    <message>
        <source>Line {line}: the stock &quot;{value}&quot; is more than JD.ID accepts (at most 9,999,999).</source>
        <translation>Baris {line}: stok &quot;{value}&quot; lebih besar dari yang diterima JD.ID (paling banyak 9.999.999).</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; is more than JD.ID accepts (at most Rp 999,999,999).</source>
        <translation>Baris {line}: harga &quot;{value}&quot; lebih besar dari yang diterima JD.ID (paling tinggi Rp 999.999.999).</translation>
    </message>
    <message>
        <source>Line {line}: a quote (&quot;) opened here is only closed on line {other_line}, so lines {line} to {other_line} were read as one cell and none of them is used. Remove the stray quote.</source>
        <translation>Baris {line}: tanda kutip (&quot;) yang dibuka di sini baru ditutup di baris {other_line}, sehingga baris {line} sampai {other_line} terbaca sebagai satu sel dan tidak ada yang dipakai. Hapus tanda kutip yang nyasar itu.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{value}&quot; in the active column should be yes or no (ya or tidak, 1 or 0).</source>
        <translation>Baris {line}: &quot;{value}&quot; di kolom active harus yes atau no (ya atau tidak, 1 atau 0).</translation>
    </message>
    <message>
        <source>Read the sheet &quot;{sheet}&quot;.</source>
        <translation>Yang dibaca: sheet &quot;{sheet}&quot;.</translation>
    </message>
    <message>
        <source>Read as text in {encoding}, separated by {separator}.</source>
        <translation>Dibaca sebagai teks {encoding}, dipisahkan dengan {separator}.</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>titik koma (;)</translation>
    </message>
    <message>
        <source>commas (,)</source>
        <translation>koma (,)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>ConnectProblems</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>&amp;Login lagi</translation>
    </message>
    <message>
        <source>&amp;Go back to step 12</source>
        <translation>&amp;Kembali ke langkah 12</translation>
    </message>
    <message>
        <source>JD.ID does not know this API Key</source>
        <translation>JD.ID tidak mengenali API Key ini</translation>
    </message>
    <message>
        <source>The API Key in step 12 does not belong to any JD.ID app. Open the developer console, go to your app&apos;s overview (App overview), copy the API Key again and paste it into step 12.</source>
        <translation>API Key di langkah 12 bukan milik app JD.ID mana pun. Buka konsol developer, masuk ke ringkasan app Anda (App overview), salin lagi API Key-nya dan tempel di langkah 12.</translation>
    </message>
    <message>
        <source>The API Secret does not match the API Key</source>
        <translation>API Secret tidak cocok dengan API Key</translation>
    </message>
    <message>
        <source>JD.ID knows the API Key, but the API Secret is not the one that belongs to it. Open the developer console, go to App overview, copy the API Secret again and paste it into step 12.</source>
        <translation>JD.ID mengenali API Key-nya, tetapi API Secret-nya bukan pasangannya. Buka konsol developer, masuk ke App overview, salin lagi API Secret-nya dan tempel di langkah 12.</translation>
    </message>
    <message>
        <source>The API Secret is no longer saved</source>
        <translation>API Secret sudah tidak tersimpan</translation>
    </message>
    <message>
        <source>This computer does not have the API Secret any more (it may have been kept for one session only). Paste it again in step 12, then click Check keys.</source>
        <translation>Komputer ini sudah tidak menyimpan API Secret (mungkin hanya disimpan untuk satu sesi). Tempel lagi di langkah 12, lalu klik Periksa Kunci.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is wrong</source>
        <translation>Jam komputer Anda salah</translation>
    </message>
    <message>
        <source>JD.ID refused the request because this computer&apos;s date or time is off by more than a few minutes. Set the date, the time and the time zone correctly (or let the computer set them automatically), then click Retry.</source>
        <translation>JD.ID menolak permintaan karena tanggal atau jam komputer ini meleset lebih dari beberapa menit. Atur tanggal, jam, dan zona waktu dengan benar (atau biarkan komputer mengaturnya otomatis), lalu klik Coba lagi.</translation>
    </message>
    <message>
        <source>JD.ID asks us to slow down</source>
        <translation>JD.ID meminta kita memperlambat</translation>
    </message>
    <message>
        <source>JD.ID received too many requests from this app in a short time. Wait a minute, then click Retry.</source>
        <translation>JD.ID menerima terlalu banyak permintaan dari aplikasi ini dalam waktu singkat. Tunggu satu menit, lalu klik Coba lagi.</translation>
    </message>
    <message>
        <source>No internet connection</source>
        <translation>Tidak ada koneksi internet</translation>
    </message>
    <message>
        <source>This computer cannot reach the internet. Check the cable or Wi-Fi, then click Retry. What you typed is kept.</source>
        <translation>Komputer ini tidak terhubung ke internet. Periksa kabel atau Wi-Fi, lalu klik Coba lagi. Yang sudah Anda ketik tetap tersimpan.</translation>
    </message>
    <message>
        <source>JD.ID does not answer</source>
        <translation>JD.ID tidak menjawab</translation>
    </message>
    <message>
        <source>The internet works, but JD.ID did not answer in time. It may be busy. Wait a moment, then click Retry. What you typed is kept.</source>
        <translation>Internet berfungsi, tetapi JD.ID tidak menjawab tepat waktu. Mungkin sedang sibuk. Tunggu sebentar, lalu klik Coba lagi. Yang sudah Anda ketik tetap tersimpan.</translation>
    </message>
    <message>
        <source>JD.ID gave an answer we did not expect</source>
        <translation>JD.ID memberi jawaban yang tidak terduga</translation>
    </message>
    <message>
        <source>JD.ID answered, but not in the way this app understands. Click Retry. If it happens again, save a support file (Help menu) and send it to support.</source>
        <translation>JD.ID menjawab, tetapi dengan cara yang tidak dipahami aplikasi ini. Klik Coba lagi. Jika terjadi lagi, simpan file untuk support (menu Bantuan) dan kirim ke tim support.</translation>
    </message>
    <message>
        <source>JD.ID refused the request</source>
        <translation>JD.ID menolak permintaan</translation>
    </message>
    <message>
        <source>JD.ID refused the request for a reason of its own. Click Retry. If it happens again, save a support file (Help menu) and send it to support.</source>
        <translation>JD.ID menolak permintaan karena alasannya sendiri. Klik Coba lagi. Jika terjadi lagi, simpan file untuk support (menu Bantuan) dan kirim ke tim support.</translation>
    </message>
    <message>
        <source>The Callback URL in your app is not right</source>
        <translation>URL Callback di app Anda tidak tepat</translation>
    </message>
    <message>
        <source>JD.ID stopped the login because the Callback URL saved in your app&apos;s settings is not the address this app uses. In the developer console, open App Management, then App Setting, paste the callback URL from step 10 into “Callback URL” and save. Then log in again.</source>
        <translation>JD.ID menghentikan login karena URL Callback yang tersimpan di pengaturan app Anda bukan alamat yang dipakai aplikasi ini. Di konsol developer, buka App Management, lalu App Setting, tempel URL Callback dari langkah 10 ke “Callback URL” dan simpan. Setelah itu login lagi.</translation>
    </message>
    <message>
        <source>&amp;Go back to step 10 and paste the callback URL again</source>
        <translation>&amp;Kembali ke langkah 10 dan tempel lagi URL Callback</translation>
    </message>
    <message>
        <source>Your app is not published yet</source>
        <translation>App Anda belum dipublikasikan</translation>
    </message>
    <message>
        <source>JD.ID only lets a published app log in to a store. In the developer console, publish your app (step 8), then log in again.</source>
        <translation>JD.ID hanya mengizinkan app yang sudah dipublikasikan untuk login ke toko. Di konsol developer, publikasikan app Anda (langkah 8), lalu login lagi.</translation>
    </message>
    <message>
        <source>&amp;Go back to step 8 and publish the app</source>
        <translation>&amp;Kembali ke langkah 8 dan publikasikan app</translation>
    </message>
    <message>
        <source>Your store is a Basic Seller</source>
        <translation>Toko Anda masih Basic Seller</translation>
    </message>
    <message>
        <source>JD.ID opens its API only to Qualified Sellers, and this store is still a Basic Seller. Ask JD.ID to upgrade the store to Qualified (the JD.ID blog explains how). When JD.ID has confirmed the upgrade, log in again.</source>
        <translation>JD.ID hanya membuka API untuk Qualified Seller, dan toko ini masih Basic Seller. Ajukan upgrade toko ke Qualified kepada JD.ID (blog JD.ID menjelaskan caranya). Setelah JD.ID mengonfirmasi upgrade, login lagi.</translation>
    </message>
    <message>
        <source>How to become a &amp;Qualified Seller</source>
        <translation>Cara menjadi &amp;Qualified Seller</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>Akses tidak diizinkan</translation>
    </message>
    <message>
        <source>The login ended without allowing this app to work with your store. The app needs that permission to read your products and update stock. Log in again and choose to allow access.</source>
        <translation>Login selesai tanpa mengizinkan aplikasi ini bekerja dengan toko Anda. Aplikasi memerlukan izin itu untuk membaca produk dan memperbarui stok. Login lagi dan pilih izinkan akses.</translation>
    </message>
    <message>
        <source>The login has expired</source>
        <translation>Login sudah kedaluwarsa</translation>
    </message>
    <message>
        <source>The login took too long or was already used, so JD.ID did not accept it. Log in again; it only takes a moment.</source>
        <translation>Login terlalu lama atau sudah pernah dipakai, jadi JD.ID tidak menerimanya. Login lagi; hanya sebentar.</translation>
    </message>
    <message>
        <source>This login answer was refused</source>
        <translation>Jawaban login ini ditolak</translation>
    </message>
    <message>
        <source>The answer does not belong to the login started here (it may be from an older login or another window), so it was ignored for your safety. Log in again.</source>
        <translation>Jawaban ini bukan milik login yang dimulai di sini (mungkin dari login lama atau jendela lain), jadi diabaikan demi keamanan Anda. Login lagi.</translation>
    </message>
    <message>
        <source>Please log in again</source>
        <translation>Silakan login lagi</translation>
    </message>
    <message>
        <source>The JD.ID login of this app has expired and could not be renewed automatically. Log in again to reconnect your store; nothing else needs to be set up again.</source>
        <translation>Login JD.ID aplikasi ini sudah kedaluwarsa dan tidak dapat diperbarui otomatis. Login lagi untuk menghubungkan kembali toko Anda; tidak ada hal lain yang perlu diatur ulang.</translation>
    </message>
    <message>
        <source>The login did not finish</source>
        <translation>Login tidak selesai</translation>
    </message>
    <message>
        <source>JD.ID ended the login with an error. Log in again.</source>
        <translation>JD.ID mengakhiri login dengan kesalahan. Login lagi.</translation>
    </message>
    <message>
        <source>The JD.ID login page does not open</source>
        <translation>Halaman login JD.ID tidak terbuka</translation>
    </message>
    <message>
        <source>The login page could not be loaded. Check the internet connection, then click Retry. If it keeps failing, use your own web browser instead (button below).</source>
        <translation>Halaman login tidak dapat dimuat. Periksa koneksi internet, lalu klik Coba lagi. Jika terus gagal, pakai browser Anda sendiri (tombol di bawah).</translation>
    </message>
    <message>
        <source>That is not the address we need</source>
        <translation>Itu bukan alamat yang kami perlukan</translation>
    </message>
    <message>
        <source>Paste the full address from your browser&apos;s address bar after the login, the one that starts with the callback URL of step 10.</source>
        <translation>Tempel alamat lengkap dari kolom alamat browser Anda setelah login, yaitu alamat yang diawali URL Callback dari langkah 10.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>This computer has no password store</source>
        <translation>Komputer ini tidak punya penyimpanan kata sandi</translation>
    </message>
    <message>
        <source>The API Secret and the login must be kept in the computer&apos;s password store, and none is available (or it refused). You can go on for this session only: the secrets stay in memory and are gone when you close the app, so you will have to paste the API Secret and log in again next time. They are never written to a file.</source>
        <translation>API Secret dan login harus disimpan di penyimpanan kata sandi komputer, tetapi tidak ada yang tersedia (atau penyimpanan menolak). Anda bisa lanjut untuk sesi ini saja: data rahasia hanya ada di memori dan hilang saat aplikasi ditutup, jadi lain kali Anda harus menempel API Secret dan login lagi. Data itu tidak pernah ditulis ke file.</translation>
    </message>
    <message>
        <source>&amp;Continue for this session only</source>
        <translation>&amp;Lanjut untuk sesi ini saja</translation>
    </message>
</context>
<context>
    <name>ConnectedPage</name>
    <message>
        <source>Asking JD.ID about your store…</source>
        <translation>Menanyakan toko Anda ke JD.ID…</translation>
    </message>
    <message>
        <source>Wait a moment: the app is asking JD.ID about your store.</source>
        <translation>Tunggu sebentar: aplikasi sedang menanyakan toko Anda ke JD.ID.</translation>
    </message>
    <message>
        <source>The connection could not be confirmed yet. Follow the advice above.</source>
        <translation>Koneksi belum dapat dipastikan. Ikuti saran di atas.</translation>
    </message>
    <message>
        <source>Waiting for JD.ID…</source>
        <translation>Menunggu JD.ID…</translation>
    </message>
    <message>
        <source>JD.ID opens its API only to Qualified Sellers. Upgrade the store first.</source>
        <translation>JD.ID hanya membuka API untuk Qualified Seller. Upgrade toko dulu.</translation>
    </message>
    <message>
        <source>Choose which store to connect: use the Shop ID JD.ID named, or log in again.</source>
        <translation>Pilih toko yang akan dihubungkan: pakai Shop ID dari JD.ID, atau login lagi.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Toko:</translation>
    </message>
    <message>
        <source>App (API Key):</source>
        <translation>App (API Key):</translation>
    </message>
    <message>
        <source>Login valid until:</source>
        <translation>Login berlaku sampai:</translation>
    </message>
    <message>
        <source>Seller level:</source>
        <translation>Level seller:</translation>
    </message>
    <message>
        <source>&amp;Use this Shop ID</source>
        <translation>&amp;Pakai Shop ID ini</translation>
    </message>
    <message>
        <source>&amp;Log in again with another account</source>
        <translation>&amp;Login lagi dengan akun lain</translation>
    </message>
    <message>
        <source>%1 (Shop ID %2)</source>
        <translation>%1 (Shop ID %2)</translation>
    </message>
    <message>
        <source>Shop ID %1</source>
        <translation>Shop ID %1</translation>
    </message>
    <message>
        <source>%1 (renewed by itself)</source>
        <translation>%1 (diperbarui otomatis)</translation>
    </message>
    <message>
        <source>Qualified Seller (checked with JD.ID just now)</source>
        <translation>Qualified Seller (baru saja dicek ke JD.ID)</translation>
    </message>
    <message>
        <source>Basic Seller: the API is closed to this store</source>
        <translation>Basic Seller: API tertutup untuk toko ini</translation>
    </message>
    <message>
        <source>You logged in to the store with Shop ID %1, but in step 12 you typed Shop ID %2. Products and stock would go to the wrong store. If %1 is your store, use that Shop ID. Otherwise log in again with the account of store %2.</source>
        <translation>Anda login ke toko dengan Shop ID %1, padahal di langkah 12 Anda mengetik Shop ID %2. Produk dan stok bisa masuk ke toko yang salah. Jika %1 adalah toko Anda, pakai Shop ID itu. Jika bukan, login lagi dengan akun toko %2.</translation>
    </message>
    <message>
        <source>&amp;Use Shop ID %1</source>
        <translation>&amp;Pakai Shop ID %1</translation>
    </message>
</context>
<context>
    <name>ConsoleCheck</name>
    <message>
        <source>You are not registered as a developer yet. In the practice developer console, fill in the registration with the details of Shop Information and click Register.</source>
        <translation>Anda belum terdaftar sebagai developer. Di konsol developer latihan, isi pendaftaran dengan data dari Shop Information, lalu klik Register.</translation>
    </message>
    <message>
        <source>There is no app yet. In the practice developer console, click Create App, open &quot;Seller to JD.ID&quot; and click Create App next to &quot;normal standard API&quot;.</source>
        <translation>Belum ada aplikasi. Di konsol developer latihan, klik Create App, buka &quot;Seller to JD.ID&quot;, lalu klik Create App di samping &quot;normal standard API&quot;.</translation>
    </message>
    <message>
        <source>The App Name is not your store&apos;s name yet. Store&apos;s name: “{expected}”. App Name now: “{actual}”. Copy the store&apos;s name, paste it as the App Name and click Save.</source>
        <translation>App Name belum sama dengan nama toko Anda. Nama toko: “{expected}”. App Name sekarang: “{actual}”. Salin nama toko, tempel sebagai App Name, lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The app is not published yet. Open your app in the developer console and click &quot;Publish App&quot;.</source>
        <translation>Aplikasi belum dipublikasikan. Buka aplikasi Anda di konsol developer lalu klik &quot;Publish App&quot;.</translation>
    </message>
    <message>
        <source>No Callback URL is saved yet. Open App Setting, paste the Callback URL below into &quot;Callback URL&quot; and click Save.</source>
        <translation>Belum ada Callback URL yang tersimpan. Buka App Setting, tempel Callback URL di bawah ke kolom &quot;Callback URL&quot;, lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The saved Callback URL has an extra space (or another invisible character) before or after it: “{actual}”. Paste it again without the space and click Save.</source>
        <translation>Callback URL yang tersimpan punya spasi lebih (atau karakter tak terlihat lain) di depan atau di belakangnya: “{actual}”. Tempel lagi tanpa spasi itu, lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The saved Callback URL starts differently: it must start with “{expected}”, not “{actual}”. Paste the Callback URL below again and click Save.</source>
        <translation>Awal Callback URL yang tersimpan berbeda: harus diawali “{expected}”, bukan “{actual}”. Tempel lagi Callback URL di bawah, lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The saved Callback URL points to another address: “{actual}” instead of “{expected}”. Paste the Callback URL below again and click Save.</source>
        <translation>Callback URL yang tersimpan menuju alamat lain: “{actual}”, seharusnya “{expected}”. Tempel lagi Callback URL di bawah, lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The end of the saved Callback URL is different: “{actual}” instead of “{expected}”. Paste the whole Callback URL below again and click Save.</source>
        <translation>Bagian akhir Callback URL yang tersimpan berbeda: “{actual}”, seharusnya “{expected}”. Tempel lagi seluruh Callback URL di bawah, lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The saved Callback URL is not exactly ours: “{actual}”. Paste the Callback URL below again and click Save.</source>
        <translation>Callback URL yang tersimpan tidak persis sama dengan milik kami: “{actual}”. Tempel lagi Callback URL di bawah, lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The practice platform did not answer, so this step could not be checked. Click &quot;Check again&quot;.</source>
        <translation>Platform latihan tidak menjawab, jadi langkah ini belum bisa diperiksa. Klik &quot;Periksa lagi&quot;.</translation>
    </message>
    <message>
        <source>The practice platform gave an answer the wizard does not understand, so this step could not be checked. Click &quot;Check again&quot;; if it stays, close the wizard and open it again.</source>
        <translation>Platform latihan memberi jawaban yang tidak dipahami wizard, jadi langkah ini belum bisa diperiksa. Klik &quot;Periksa lagi&quot;; jika tetap begini, tutup wizard lalu buka lagi.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Shop ID</source>
        <translation>Shop ID</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>API Secret</source>
        <translation>API Secret</translation>
    </message>
    <message>
        <source>In Seller Center, open Shop Information and copy the number next to Shop ID.</source>
        <translation>Di Seller Center, buka Informasi Toko (Shop Information) dan salin angka di sebelah Shop ID.</translation>
    </message>
    <message>
        <source>In the developer console, open your app&apos;s overview (App overview) and copy the API Key.</source>
        <translation>Di konsol developer, buka ringkasan app Anda (App overview) dan salin API Key-nya.</translation>
    </message>
    <message>
        <source>On the same App overview page, copy the API Secret. It goes to this computer&apos;s password store, never into a file.</source>
        <translation>Di halaman App overview yang sama, salin API Secret-nya. API Secret disimpan di penyimpanan kata sandi komputer ini, tidak pernah di file.</translation>
    </message>
    <message>
        <source>Fill in the %1.</source>
        <translation>Isi %1.</translation>
    </message>
    <message>
        <source>The %1 has a space in the middle. Copy it again, all in one piece.</source>
        <translation>%1 berisi spasi di tengah. Salin lagi secara utuh.</translation>
    </message>
    <message>
        <source>The Shop ID is a number: “%2” does not belong in it. Copy only the number from Shop Information.</source>
        <translation>Shop ID berupa angka: “%2” tidak boleh ada di dalamnya. Salin angkanya saja dari Informasi Toko.</translation>
    </message>
    <message>
        <source>This looks like an API Key, not a Shop ID. The Shop ID is a number: find it in Seller Center under Shop Information.</source>
        <translation>Ini tampaknya API Key, bukan Shop ID. Shop ID berupa angka: cari di Seller Center pada Informasi Toko.</translation>
    </message>
    <message>
        <source>The Shop ID cannot be 0. Copy the number from Seller Center, Shop Information.</source>
        <translation>Shop ID tidak boleh 0. Salin angkanya dari Seller Center, Informasi Toko.</translation>
    </message>
    <message>
        <source>The %1 has only letters and digits: “%2” does not belong in it. Copy it again.</source>
        <translation>%1 hanya berisi huruf dan angka: “%2” tidak boleh ada di dalamnya. Salin lagi.</translation>
    </message>
    <message>
        <source>The %1 has only letters and digits, and what you pasted has another sign in it. Copy it again.</source>
        <translation>%1 hanya berisi huruf dan angka, sedangkan yang Anda tempel mengandung tanda lain. Salin lagi.</translation>
    </message>
    <message>
        <source>The %1 looks cut off: it should have at least %2 characters. Copy it again, all of it.</source>
        <translation>%1 tampaknya terpotong: seharusnya paling sedikit %2 karakter. Salin lagi seluruhnya.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters). Copy only the value, nothing around it.</source>
        <translation>%1 terlalu panjang (paling banyak %2 karakter). Salin nilainya saja, tanpa teks di sekitarnya.</translation>
    </message>
    <message>
        <source>The API Secret is the same as the API Key. Copy the API Secret: it is the second value on App overview.</source>
        <translation>API Secret sama dengan API Key. Salin API Secret: nilai kedua di App overview.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Sembunyikan</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>Hide the API Secret</source>
        <translation>Sembunyikan API Secret</translation>
    </message>
    <message>
        <source>Show the API Secret</source>
        <translation>Tampilkan API Secret</translation>
    </message>
    <message>
        <source>Saved on this computer; leave empty to keep it</source>
        <translation>Tersimpan di komputer ini; biarkan kosong untuk tetap memakainya</translation>
    </message>
    <message>
        <source>Fill in the Shop ID, the API Key and the API Secret to go on.</source>
        <translation>Isi Shop ID, API Key, dan API Secret untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Fix what is marked in red under the fields to go on.</source>
        <translation>Perbaiki yang ditandai merah di bawah kolom untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Where to find the Shop ID in Seller Center</source>
        <translation>Tempat Shop ID di Seller Center</translation>
    </message>
    <message>
        <source>Where to find the API Key and API Secret in the developer console</source>
        <translation>Tempat API Key dan API Secret di konsol developer</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Practice finished: you did every step</source>
        <translation>Latihan selesai: Anda sudah melewati semua langkah</translation>
    </message>
    <message>
        <source>Your JD.ID store is connected</source>
        <translation>Toko JD.ID Anda sudah terhubung</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Toko:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produk:</translation>
    </message>
    <message>
        <source>Export sync:</source>
        <translation>Sinkronisasi ekspor:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>File log:</translation>
    </message>
    <message>
        <source>Product list:</source>
        <translation>Daftar produk:</translation>
    </message>
    <message>
        <source>%1 (Shop ID %2)</source>
        <translation>%1 (Shop ID %2)</translation>
    </message>
    <message>
        <source>Shop ID %1</source>
        <translation>Shop ID %1</translation>
    </message>
    <message>
        <source>Not imported yet (step 16)</source>
        <translation>Belum diimpor (langkah 16)</translation>
    </message>
    <message>
        <source>%1 linked to products you had, %2 new, %3 to fix</source>
        <translation>%1 tertaut ke produk yang sudah ada, %2 baru, %3 perlu diperbaiki</translation>
    </message>
    <message>
        <source>On: changes are sent to JD.ID</source>
        <translation>Nyala: perubahan dikirim ke JD.ID</translation>
    </message>
    <message>
        <source>Off: nothing is changed on JD.ID</source>
        <translation>Mati: tidak ada yang diubah di JD.ID</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>This was practice: nothing was changed on JD.ID, and the practice products stay apart from your real ones. Now connect your real store; the steps are the same.</source>
        <translation>Ini tadi latihan: tidak ada yang diubah di JD.ID, dan produk latihan tetap terpisah dari produk asli Anda. Sekarang hubungkan toko asli Anda; langkah-langkahnya sama.</translation>
    </message>
    <message>
        <source>Export sync is On: when your product list changes, open step 17 and click &quot;Check for changes and send&quot;; you see every change before it goes to JD.ID. You can close this wizard.</source>
        <translation>Sinkronisasi ekspor Nyala: saat daftar produk Anda berubah, buka langkah 17 dan klik &quot;Periksa perubahan dan kirim&quot;; Anda melihat setiap perubahan sebelum dikirim ke JD.ID. Anda boleh menutup wizard ini.</translation>
    </message>
    <message>
        <source>Export sync is Off, so JD.ID keeps its own stock and prices. When you want your product list to update JD.ID, open the wizard again and turn it On at step 17. You can close this wizard.</source>
        <translation>Sinkronisasi ekspor Mati, jadi JD.ID tetap memakai stok dan harganya sendiri. Jika Anda ingin daftar produk Anda memperbarui JD.ID, buka wizard lagi dan nyalakan di langkah 17. Anda boleh menutup wizard ini.</translation>
    </message>
    <message>
        <source>Connect my real store</source>
        <translation>Hubungkan toko asli saya</translation>
    </message>
</context>
<context>
    <name>ExportSync</name>
    <message>
        <source>Export sync was turned off, so the rest was not sent to JD.ID.</source>
        <translation>Sinkronisasi ekspor dimatikan, jadi sisanya tidak dikirim ke JD.ID.</translation>
    </message>
    <message>
        <source>Your JD.ID login has expired. Log in to JD.ID again (step 14), then sync again.</source>
        <translation>Login JD.ID Anda sudah kedaluwarsa. Login lagi ke JD.ID (langkah 14), lalu sinkronkan lagi.</translation>
    </message>
    <message>
        <source>The Callback URL saved in the practice developer console is not the practice platform&apos;s, so the practice login stopped. Open the wizard in practice mode, fix it at step 10 (or click “Do this step for me” there), then run this command again.</source>
        <translation>Callback URL yang tersimpan di konsol developer latihan bukan milik platform latihan, jadi proses masuk latihan berhenti. Buka wizard dalam mode latihan, perbaiki di langkah 10 (atau klik “Kerjakan langkah ini untuk saya” di sana), lalu jalankan perintah ini lagi.</translation>
    </message>
    <message>
        <source>The practice app is not published yet, so the practice login stopped. Open the wizard in practice mode, publish the app at step 8 (or click “Do this step for me” there), then run this command again.</source>
        <translation>Aplikasi latihan belum dipublikasikan, jadi proses masuk latihan berhenti. Buka wizard dalam mode latihan, publikasikan aplikasinya di langkah 8 (atau klik “Kerjakan langkah ini untuk saya” di sana), lalu jalankan perintah ini lagi.</translation>
    </message>
    <message>
        <source>JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. Upgrade to Qualified Seller in Seller Center first.</source>
        <translation>Menurut JD.ID toko ini bukan Qualified Seller, jadi tidak bisa memakai Open API. Upgrade dulu ke Qualified Seller di Seller Center.</translation>
    </message>
    <message>
        <source>JD.ID does not know this API Key. Check it in step 12.</source>
        <translation>JD.ID tidak mengenali API Key ini. Periksa di langkah 12.</translation>
    </message>
    <message>
        <source>JD.ID does not accept this API Secret. Check it in step 12.</source>
        <translation>JD.ID tidak menerima API Secret ini. Periksa di langkah 12.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong, so JD.ID refuses the requests. Let the computer set its date and time automatically, then try again.</source>
        <translation>Jam komputer ini salah, jadi JD.ID menolak permintaannya. Biarkan komputer mengatur tanggal dan jam secara otomatis, lalu coba lagi.</translation>
    </message>
    <message>
        <source>JD.ID is limiting requests right now. Wait a minute, then sync again.</source>
        <translation>JD.ID sedang membatasi permintaan. Tunggu satu menit, lalu sinkronkan lagi.</translation>
    </message>
    <message>
        <source>There is no internet connection. Connect, then sync again.</source>
        <translation>Tidak ada koneksi internet. Sambungkan, lalu sinkronkan lagi.</translation>
    </message>
    <message>
        <source>JD.ID is not answering. Try again in a few minutes.</source>
        <translation>JD.ID tidak menjawab. Coba lagi beberapa menit lagi.</translation>
    </message>
    <message>
        <source>JD.ID gave an answer the wizard does not understand. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID memberi jawaban yang tidak dipahami wizard. Coba lagi nanti; jika terus terjadi, kirim file diagnostik ke tim support.</translation>
    </message>
    <message>
        <source>JD.ID refused a request. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID menolak sebuah permintaan. Coba lagi nanti; jika terus terjadi, kirim file diagnostik ke tim support.</translation>
    </message>
    <message>
        <source>JD.ID refused it: {message}</source>
        <translation>JD.ID menolaknya: {message}</translation>
    </message>
    <message>
        <source>JD.ID did not confirm this change.</source>
        <translation>JD.ID tidak mengonfirmasi perubahan ini.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Take off sale</source>
        <translation>Turunkan dari penjualan</translation>
    </message>
    <message>
        <source>Put back on sale</source>
        <translation>Jual kembali</translation>
    </message>
    <message>
        <source>This would set the stock of {count} of your {linked} linked JD.ID products to 0, so buyers could not order them any more. This often means the master file is the wrong one or is missing stock numbers. Check the file first.</source>
        <translation>Ini akan mengubah stok {count} dari {linked} produk JD.ID Anda yang tertaut menjadi 0, sehingga pembeli tidak bisa memesannya lagi. Biasanya ini berarti file master salah atau angka stoknya tidak ada. Periksa file-nya dulu.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Type your store&apos;s name as it appears on JD.ID to go on.</source>
        <translation>Ketik nama toko Anda persis seperti di JD.ID untuk melanjutkan.</translation>
    </message>
    <message>
        <source>The practice platform could not start, so there is nothing to copy here. Close the wizard and open it again, or go back and choose your real store.</source>
        <translation>Platform latihan tidak dapat dijalankan, jadi belum ada yang bisa disalin di sini. Tutup wizard lalu buka lagi, atau kembali dan pilih toko asli Anda.</translation>
    </message>
    <message>
        <source>Copied: paste it into the chat with your support</source>
        <translation>Tersalin: tempel di chat dengan tim dukungan Anda</translation>
    </message>
    <message>
        <source>Please wait: the practice platform is still starting.</source>
        <translation>Mohon tunggu: platform latihan sedang dijalankan.</translation>
    </message>
    <message>
        <source>When you have done this step, tick “%1” to go on.</source>
        <translation>Setelah langkah ini selesai, centang “%1” untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Copy instructions</source>
        <translation>Salin petunjuk</translation>
    </message>
    <message>
        <source>Puts this step&apos;s instructions on the clipboard, ready to paste into a chat.</source>
        <translation>Menyalin petunjuk langkah ini ke clipboard, siap ditempel ke chat.</translation>
    </message>
</context>
<context>
    <name>GuidePdf</name>
    <message>
        <source>How to connect your JD.ID store</source>
        <translation>Cara menghubungkan toko JD.ID Anda</translation>
    </message>
    <message>
        <source>JD.ID Setup Wizard</source>
        <translation>Wizard Integrasi JD.ID</translation>
    </message>
    <message>
        <source>Printed guide of the %1, version %2, made on %3</source>
        <translation>Panduan cetak %1, versi %2, dibuat pada %3</translation>
    </message>
    <message>
        <source>Keep this guide next to your computer. Each section is one page of the wizard, in the same order, with the same picture. The wizard&apos;s buttons are written in bold, as on the screen: the red one is the one to press. A page goes on with Next (bottom right) once it is done.</source>
        <translation>Simpan panduan ini di dekat komputer Anda. Setiap bagian adalah satu halaman wizard, dengan urutan dan gambar yang sama. Tombol wizard ditulis tebal, seperti di layar: tombol merah adalah yang perlu ditekan. Setelah satu halaman selesai, lanjutkan dengan Berikutnya (kanan bawah).</translation>
    </message>
    <message>
        <source>In the wizard, press the red Check keys button. The wizard checks your API Key and API Secret with JD.ID; after a few seconds it says they are accepted, or what to fix.</source>
        <translation>Di wizard, tekan tombol merah Periksa Kunci. Wizard memeriksa API Key dan API Secret Anda ke JD.ID; setelah beberapa detik wizard memberi tahu bahwa keduanya diterima, atau apa yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>In the wizard, press Log in. JD.ID&apos;s login page opens inside the wizard: log in with your Seller Center email and password and allow access.</source>
        <translation>Di wizard, tekan Login. Halaman login JD.ID terbuka di dalam wizard: login dengan email dan kata sandi Seller Center Anda, lalu izinkan akses.</translation>
    </message>
    <message>
        <source>The wizard shows your store&apos;s name and Shop ID and confirms that it is a Qualified Seller. If the name is right, go on with Next.</source>
        <translation>Wizard menampilkan nama toko dan Shop ID Anda serta memastikan toko itu Qualified Seller. Jika namanya benar, lanjutkan dengan Berikutnya.</translation>
    </message>
    <message>
        <source>In the wizard, press Start import. Your JD.ID products that passed JD.ID&apos;s product check (QC) come into your product list and are linked by their SKU code. At the end the wizard lists the products that need your attention.</source>
        <translation>Di wizard, tekan Mulai impor. Produk JD.ID Anda yang sudah lolos pemeriksaan produk JD.ID (QC) masuk ke daftar produk Anda dan ditautkan berdasarkan kode SKU. Di akhir, wizard mencantumkan produk yang perlu Anda perhatikan.</translation>
    </message>
    <message>
        <source>Export sync starts Off: nothing on JD.ID changes. When you want your product list to update stock, prices and listings on JD.ID, turn the switch On. The wizard first shows every change it would send; nothing is sent until you agree.</source>
        <translation>Sinkronisasi ekspor awalnya Mati: tidak ada yang berubah di JD.ID. Jika Anda ingin daftar produk Anda memperbarui stok, harga, dan status tayang di JD.ID, nyalakan sakelarnya. Wizard lebih dulu menampilkan setiap perubahan yang akan dikirim; tidak ada yang dikirim sebelum Anda setuju.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help and information</source>
        <translation>Bantuan dan informasi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>JD.ID Setup Wizard</source>
        <translation>Wizard Integrasi JD.ID</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Each page of the wizard explains one step. If you are stuck, save a diagnostics file below and send it to the person who helps you.</source>
        <translation>Setiap halaman wizard menjelaskan satu langkah. Jika Anda mengalami kendala, simpan file diagnostik di bawah dan kirim ke orang yang membantu Anda.</translation>
    </message>
    <message>
        <source>You are on: %1. Tell this to the person who helps you.</source>
        <translation>Anda sekarang di: %1. Sebutkan ini kepada orang yang membantu Anda.</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Tempat aplikasi menyimpan file</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Settings folder:</source>
        <translation>Folder pengaturan:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Folder log:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Diagnostics for support</source>
        <translation>Diagnostik untuk support</translation>
    </message>
    <message>
        <source>The diagnostics file is a zip with the app&apos;s log, settings, your progress in the wizard and the version numbers. Your API Secret, login tokens and passwords are removed from it.</source>
        <translation>File diagnostik adalah file zip berisi log aplikasi, pengaturan, kemajuan Anda di wizard, dan nomor versi. API Secret, token login, dan kata sandi Anda dihapus dari file itu.</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Simpan diagnostik…</translation>
    </message>
    <message>
        <source>Printable guide</source>
        <translation>Panduan untuk dicetak</translation>
    </message>
    <message>
        <source>Save every step of this guide, with its pictures, as a PDF file to print or to send to someone who helps you. It is saved in the language shown now.</source>
        <translation>Simpan semua langkah panduan ini, lengkap dengan gambarnya, sebagai file PDF untuk dicetak atau dikirim ke orang yang membantu Anda. File disimpan dalam bahasa yang sedang ditampilkan.</translation>
    </message>
    <message>
        <source>Save the guide as PDF…</source>
        <translation>Simpan panduan sebagai PDF…</translation>
    </message>
    <message>
        <source>Show the file</source>
        <translation>Tampilkan file</translation>
    </message>
    <message>
        <source>A file is being saved; this button is available again when it is done.</source>
        <translation>File sedang disimpan; tombol ini bisa dipakai lagi setelah selesai.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created (%2).</source>
        <translation>Folder %1 tidak dapat dibuat (%2).</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Simpan diagnostik</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>File zip (*.zip)</translation>
    </message>
    <message>
        <source>jdid-setup-guide</source>
        <translation>panduan-integrasi-jdid</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Simpan panduan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the diagnostics file…</source>
        <translation>Menyimpan file diagnostik…</translation>
    </message>
    <message>
        <source>Saving the guide…</source>
        <translation>Menyimpan panduan…</translation>
    </message>
    <message>
        <source>Saved as %1. Send this file to the person who helps you.</source>
        <translation>Tersimpan sebagai %1. Kirim file ini ke orang yang membantu Anda.</translation>
    </message>
    <message>
        <source>The guide was saved as %1.</source>
        <translation>Panduan tersimpan sebagai %1.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1 (%2). Choose another folder, for example your Documents folder, and try again.</source>
        <translation>File tidak dapat disimpan sebagai %1 (%2). Pilih folder lain, misalnya folder Dokumen, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Something went wrong while saving the file. Please try again.</source>
        <translation>Terjadi masalah saat menyimpan file. Silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Your store is not connected yet. Go back to step 12, fill in the Shop ID, API Key and API Secret, then click Check keys and log in.</source>
        <translation>Toko Anda belum terhubung. Kembali ke langkah 12, isi Shop ID, API Key, dan API Secret, lalu klik Periksa Kunci dan login.</translation>
    </message>
    <message>
        <source>The API Secret is not saved on this computer any more. Go back to step 12 and paste it again, then come back here.</source>
        <translation>API Secret sudah tidak tersimpan di komputer ini. Kembali ke langkah 12 dan tempel lagi, lalu kembali ke sini.</translation>
    </message>
    <message>
        <source>There is no JD.ID login saved on this computer. Log in to JD.ID in step 14, then come back here.</source>
        <translation>Belum ada login JD.ID yang tersimpan di komputer ini. Login ke JD.ID di langkah 14, lalu kembali ke sini.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Click Retry in a moment.</source>
        <translation>Platform latihan masih dijalankan. Klik Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The password store of this computer cannot be opened, so the saved JD.ID login cannot be read. Unlock it (or log in to your computer again), then click Retry.</source>
        <translation>Penyimpanan kata sandi komputer ini tidak dapat dibuka, jadi login JD.ID yang tersimpan tidak dapat dibaca. Buka kuncinya (atau login lagi ke komputer Anda), lalu klik Coba lagi.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>Your JD.ID products are imported</source>
        <translation>Produk JD.ID Anda sudah diimpor</translation>
    </message>
    <message>
        <source>%1 products were imported. Open the wizard to see the report.</source>
        <translation>%1 produk sudah diimpor. Buka wizard untuk melihat laporannya.</translation>
    </message>
    <message>
        <source>The import of your JD.ID products stopped</source>
        <translation>Impor produk JD.ID Anda berhenti</translation>
    </message>
    <message>
        <source>Saved “%1” (%2 rows) to %3.</source>
        <translation>“%1” (%2 baris) disimpan ke %3.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Saving your products…</source>
        <translation>Menyimpan produk Anda…</translation>
    </message>
    <message>
        <source>Nothing was saved from the file.</source>
        <translation>Tidak ada yang disimpan dari file itu.</translation>
    </message>
    <message>
        <source>%1 products from your list are saved. The import links JD.ID products to them by SKU code.</source>
        <translation>%1 produk dari daftar Anda sudah disimpan. Impor akan menautkan produk JD.ID ke produk tersebut berdasarkan kode SKU.</translation>
    </message>
    <message>
        <source>Click Import again, below the report, to link them now.</source>
        <translation>Klik Impor lagi, di bawah laporan, untuk menautkannya sekarang.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Close it in other programs and try again.</source>
        <translation>File %1 tidak dapat dibaca. Tutup file itu di program lain lalu coba lagi.</translation>
    </message>
    <message>
        <source>Wait a moment: the wizard is looking at your product list.</source>
        <translation>Tunggu sebentar: wizard sedang memeriksa daftar produk Anda.</translation>
    </message>
    <message>
        <source>Wait a moment: the wizard is reading your master SKU list.</source>
        <translation>Tunggu sebentar: wizard sedang membaca daftar produk utama Anda.</translation>
    </message>
    <message>
        <source>Click Start import to bring your products in from JD.ID.</source>
        <translation>Klik Mulai impor untuk mengambil produk Anda dari JD.ID.</translation>
    </message>
    <message>
        <source>The import is running. Next comes on when it has finished; you can also cancel it and continue later.</source>
        <translation>Impor sedang berjalan. Tombol Berikutnya aktif setelah impor selesai; Anda juga bisa membatalkannya dan melanjutkan nanti.</translation>
    </message>
    <message>
        <source>Stopping the import at a safe point…</source>
        <translation>Menghentikan impor di titik yang aman…</translation>
    </message>
    <message>
        <source>The import stopped half-way. Click Resume to finish it.</source>
        <translation>Impor berhenti di tengah jalan. Klik Lanjutkan impor untuk menyelesaikannya.</translation>
    </message>
    <message>
        <source>The import cannot go on yet: see what to do above, then click Retry.</source>
        <translation>Impor belum bisa dilanjutkan: lihat yang perlu dilakukan di atas, lalu klik Coba lagi.</translation>
    </message>
    <message>
        <source>Looking at your product list…</source>
        <translation>Memeriksa daftar produk Anda…</translation>
    </message>
    <message>
        <source>&amp;Go to step %1</source>
        <translation>&amp;Ke langkah %1</translation>
    </message>
    <message>
        <source>The import is paused</source>
        <translation>Impor dijeda</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Impor berhenti</translation>
    </message>
    <message>
        <source>Asking JD.ID for your product list…</source>
        <translation>Meminta daftar produk Anda dari JD.ID…</translation>
    </message>
    <message>
        <source>Linking your products by SKU code…</source>
        <translation>Menautkan produk Anda berdasarkan kode SKU…</translation>
    </message>
    <message>
        <source>Importing your products from JD.ID…</source>
        <translation>Mengimpor produk Anda dari JD.ID…</translation>
    </message>
    <message>
        <source>Working out how long it takes…</source>
        <translation>Menghitung berapa lama waktunya…</translation>
    </message>
    <message>
        <source>About %1 left.</source>
        <translation>Sekitar %1 lagi.</translation>
    </message>
    <message>
        <source>%1 products checked so far, %2 SKUs read.</source>
        <translation>%1 produk sudah diperiksa, %2 SKU sudah dibaca.</translation>
    </message>
    <message>
        <source>%1 of %2 products checked, %3 SKUs read.</source>
        <translation>%1 dari %2 produk sudah diperiksa, %3 SKU sudah dibaca.</translation>
    </message>
    <message>
        <source>%1 JD.ID products (SKUs) are in your product list: %2 linked to products you already had, %3 new. It took %4.</source>
        <translation>%1 produk JD.ID (SKU) ada di daftar produk Anda: %2 tertaut ke produk yang sudah Anda miliki, %3 baru. Waktu yang diperlukan %4.</translation>
    </message>
    <message>
        <source>%1 products imported before are not imported any more (not QC-passed now, or deleted); they are no longer linked.</source>
        <translation>%1 produk yang sebelumnya diimpor tidak diimpor lagi (sekarang belum lolos QC, atau sudah dihapus); produk itu tidak lagi tertaut.</translation>
    </message>
    <message>
        <source>Some products need your attention: see the lists below. You can fix them later and import again.</source>
        <translation>Beberapa produk perlu Anda perhatikan: lihat daftar di bawah. Anda bisa memperbaikinya nanti lalu mengimpor lagi.</translation>
    </message>
    <message>
        <source>Your store is connected. Now the wizard brings your products in from JD.ID: click Start import. It can take a few minutes for a big store; you can keep using the computer meanwhile. After this, one more step: export sync.</source>
        <translation>Toko Anda sudah terhubung. Sekarang wizard mengambil produk Anda dari JD.ID: klik Mulai impor. Untuk toko besar bisa memakan waktu beberapa menit; sementara itu Anda tetap bisa memakai komputer. Setelah ini masih ada satu langkah lagi: sinkronisasi ekspor.</translation>
    </message>
    <message>
        <source>Only products that have passed JD.ID’s product check (“QC passed”) are imported. Products still waiting for QC, or rejected, are left out and listed at the end, so you know which ones to fix.
Each JD.ID product is linked to your own product with the same SKU code. If none of your products has that code yet, a new product is made for it.</source>
        <translation>Hanya produk yang sudah lolos pemeriksaan produk JD.ID (“QC passed”) yang diimpor. Produk yang masih menunggu pemeriksaan, atau ditolak, tidak diimpor dan dicantumkan di akhir, supaya Anda tahu mana yang perlu diperbaiki.
Setiap produk JD.ID ditautkan ke produk Anda sendiri yang memakai kode SKU yang sama. Jika belum ada produk Anda dengan kode itu, produk baru dibuat untuknya.</translation>
    </message>
    <message>
        <source>Practice mode: the products come from the practice store and go into a separate practice product list, never into your real one.</source>
        <translation>Mode latihan: produk berasal dari toko latihan dan masuk ke daftar produk latihan tersendiri, tidak pernah ke daftar produk asli Anda.</translation>
    </message>
    <message>
        <source>Your master SKU list (optional)</source>
        <translation>Daftar produk utama Anda (opsional)</translation>
    </message>
    <message>
        <source>Do you already keep your products with their SKU codes in a spreadsheet? Save it as CSV with the columns sku, name, stock and price and load it before the import: JD.ID products with the same SKU code are then linked to them. You will see a summary first; nothing is saved until you accept it.</source>
        <translation>Apakah Anda sudah mencatat produk beserta kode SKU-nya di spreadsheet? Simpan sebagai CSV dengan kolom sku, name, stock, dan price, lalu muat sebelum impor: produk JD.ID dengan kode SKU yang sama akan ditautkan ke produk tersebut. Anda akan melihat ringkasannya dulu; tidak ada yang disimpan sebelum Anda menyetujuinya.</translation>
    </message>
    <message>
        <source>&amp;Load my master SKU list (optional)…</source>
        <translation>&amp;Muat daftar produk utama saya (opsional)…</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Mulai impor</translation>
    </message>
    <message>
        <source>Your products are being imported from JD.ID. You can leave this window open in the background; you will be told when it is done.</source>
        <translation>Produk Anda sedang diimpor dari JD.ID. Anda bisa membiarkan jendela ini terbuka di belakang; Anda akan diberi tahu jika sudah selesai.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Batalkan impor</translation>
    </message>
    <message>
        <source>Stops at a safe point. Resume later continues where it stopped.</source>
        <translation>Berhenti di titik yang aman. Nanti Lanjutkan impor meneruskan dari tempat berhenti.</translation>
    </message>
    <message>
        <source>&amp;Resume import</source>
        <translation>&amp;Lanjutkan impor</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <source>The import is finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation>&amp;Impor lagi</translation>
    </message>
    <message>
        <source>After fixing products in JD.ID Seller Center, import again to bring them in.</source>
        <translation>Setelah memperbaiki produk di Seller Center JD.ID, impor lagi untuk mengambilnya.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>These JD.ID products are now in your product list. Nothing to do.</source>
        <translation>Produk JD.ID ini sekarang ada di daftar produk Anda. Tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Linked to your products</source>
        <translation>Tertaut ke produk Anda</translation>
    </message>
    <message>
        <source>These JD.ID products have the same SKU code as a product you already had and are now linked to it. Nothing to do.</source>
        <translation>Produk JD.ID ini memakai kode SKU yang sama dengan produk yang sudah Anda miliki dan sekarang tertaut ke produk itu. Tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>New products</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>None of your products had these SKU codes, so a new product was made for each. Check their names, stock and prices. If one is really a product you already have, give both the same SKU code and import again.</source>
        <translation>Belum ada produk Anda yang memakai kode SKU ini, jadi dibuat produk baru untuk masing-masing. Periksa nama, stok, dan harganya. Jika ternyata sebenarnya produk yang sudah Anda miliki, beri keduanya kode SKU yang sama lalu impor lagi.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <source>These products have not passed JD.ID&apos;s quality check (QC) yet, or were deleted on JD.ID, so they were not imported. When JD.ID approves them, import again.</source>
        <translation>Produk ini belum lolos pemeriksaan kualitas (QC) JD.ID, atau sudah dihapus di JD.ID, jadi tidak diimpor. Setelah JD.ID menyetujuinya, impor lagi.</translation>
    </message>
    <message>
        <source>No SKU code</source>
        <translation>Tanpa kode SKU</translation>
    </message>
    <message>
        <source>These JD.ID products have no SKU code, so they cannot be linked to your products. Fill in the SKU code in JD.ID Seller Center, then import again.</source>
        <translation>Produk JD.ID ini tidak punya kode SKU, jadi tidak bisa ditautkan ke produk Anda. Isi kode SKU di Seller Center JD.ID, lalu impor lagi.</translation>
    </message>
    <message>
        <source>Same SKU code on several products</source>
        <translation>Kode SKU sama di beberapa produk</translation>
    </message>
    <message>
        <source>Two or more JD.ID products share each of these SKU codes, so none of them was linked. In JD.ID Seller Center give each product its own SKU code (or remove the extra copy), then import again.</source>
        <translation>Setiap kode SKU ini dipakai oleh dua produk JD.ID atau lebih, jadi tidak ada yang ditautkan. Di Seller Center JD.ID, beri setiap produk kode SKU sendiri (atau hapus salinan yang berlebih), lalu impor lagi.</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>Kode SKU</translation>
    </message>
    <message>
        <source>Your product</source>
        <translation>Produk Anda</translation>
    </message>
    <message>
        <source>JD.ID product</source>
        <translation>Produk JD.ID</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <source>JD.ID SKU ID</source>
        <translation>ID SKU JD.ID</translation>
    </message>
    <message>
        <source>JD.ID product ID</source>
        <translation>ID produk JD.ID</translation>
    </message>
    <message>
        <source>Price (Rp)</source>
        <translation>Harga (Rp)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>QC status</source>
        <translation>Status QC</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>Status tayang</translation>
    </message>
    <message>
        <source>Why not imported</source>
        <translation>Alasan tidak diimpor</translation>
    </message>
    <message>
        <source>Waiting for QC</source>
        <translation>Menunggu QC</translation>
    </message>
    <message>
        <source>QC passed</source>
        <translation>Lolos QC</translation>
    </message>
    <message>
        <source>Rejected by QC</source>
        <translation>Ditolak QC</translation>
    </message>
    <message>
        <source>Changes waiting for QC</source>
        <translation>Perubahan menunggu QC</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Dijual</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>Tidak dijual</translation>
    </message>
    <message>
        <source>Blocked by JD.ID</source>
        <translation>Diblokir JD.ID</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Not QC-passed</source>
        <translation>Belum lolos QC</translation>
    </message>
    <message>
        <source>Deleted on JD.ID</source>
        <translation>Dihapus di JD.ID</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Tertaut</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Same SKU code twice</source>
        <translation>Kode SKU ganda</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>The import was stopped. Start it again to continue where it stopped.</source>
        <translation>Impor dihentikan. Mulai lagi untuk melanjutkan dari tempat berhenti.</translation>
    </message>
    <message>
        <source>Your JD.ID login has expired. Log in to JD.ID again (step 14), then start the import again: it continues where it stopped.</source>
        <translation>Login JD.ID Anda sudah kedaluwarsa. Login lagi ke JD.ID (langkah 14), lalu mulai impor lagi: impor dilanjutkan dari tempat berhenti.</translation>
    </message>
    <message>
        <source>JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. Upgrade to Qualified Seller in Seller Center first.</source>
        <translation>Menurut JD.ID toko ini bukan Qualified Seller, jadi tidak bisa memakai Open API. Upgrade dulu ke Qualified Seller di Seller Center.</translation>
    </message>
    <message>
        <source>JD.ID does not know this API Key. Check it in step 12.</source>
        <translation>JD.ID tidak mengenali API Key ini. Periksa di langkah 12.</translation>
    </message>
    <message>
        <source>JD.ID does not accept this API Secret. Check it in step 12.</source>
        <translation>JD.ID tidak menerima API Secret ini. Periksa di langkah 12.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong, so JD.ID refuses the requests. Let the computer set its date and time automatically, then try again.</source>
        <translation>Jam komputer ini salah, jadi JD.ID menolak permintaannya. Biarkan komputer mengatur tanggal dan jam secara otomatis, lalu coba lagi.</translation>
    </message>
    <message>
        <source>JD.ID is limiting requests right now. Wait a minute and start the import again: it continues where it stopped.</source>
        <translation>JD.ID sedang membatasi permintaan. Tunggu satu menit lalu mulai impor lagi: impor dilanjutkan dari tempat berhenti.</translation>
    </message>
    <message>
        <source>There is no internet connection. Connect, then start the import again: it continues where it stopped.</source>
        <translation>Tidak ada koneksi internet. Sambungkan, lalu mulai impor lagi: impor dilanjutkan dari tempat berhenti.</translation>
    </message>
    <message>
        <source>JD.ID is not answering. Try again in a few minutes: the import continues where it stopped.</source>
        <translation>JD.ID tidak menjawab. Coba lagi beberapa menit lagi: impor dilanjutkan dari tempat berhenti.</translation>
    </message>
    <message>
        <source>JD.ID gave an answer the wizard does not understand. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID memberi jawaban yang tidak dipahami wizard. Coba lagi nanti; jika terus terjadi, kirim file diagnostik ke tim support.</translation>
    </message>
    <message>
        <source>JD.ID refused a request. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID menolak sebuah permintaan. Coba lagi nanti; jika terus terjadi, kirim file diagnostik ke tim support.</translation>
    </message>
    <message>
        <source>The Callback URL saved in the practice developer console is not the practice platform&apos;s, so the practice login stopped. Open the wizard in practice mode, fix it at step 10 (or click “Do this step for me” there), then run this command again.</source>
        <translation>Callback URL yang tersimpan di konsol developer latihan bukan milik platform latihan, jadi proses masuk latihan berhenti. Buka wizard dalam mode latihan, perbaiki di langkah 10 (atau klik “Kerjakan langkah ini untuk saya” di sana), lalu jalankan perintah ini lagi.</translation>
    </message>
    <message>
        <source>The practice app is not published yet, so the practice login stopped. Open the wizard in practice mode, publish the app at step 8 (or click “Do this step for me” there), then run this command again.</source>
        <translation>Aplikasi latihan belum dipublikasikan, jadi proses masuk latihan berhenti. Buka wizard dalam mode latihan, publikasikan aplikasinya di langkah 8 (atau klik “Kerjakan langkah ini untuk saya” di sana), lalu jalankan perintah ini lagi.</translation>
    </message>
    <message>
        <source>The import was stopped by the computer, perhaps because it ran short of memory. Close other programs, then start the import again: it continues where it stopped.</source>
        <translation>Impor dihentikan oleh komputer, mungkin karena memorinya hampir penuh. Tutup program lain, lalu mulai impor lagi: impor dilanjutkan dari tempat berhenti.</translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Start the import again; if it keeps happening, send the diagnostics file to support.</source>
        <translation>Terjadi masalah di dalam wizard. Mulai impor lagi; jika terus terjadi, kirim file diagnostik ke tim support.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>Simpan daftar sebagai file CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved. Choose another folder (for example Documents) and try again.</source>
        <translation>File %1 tidak dapat disimpan. Pilih folder lain (misalnya Dokumen) lalu coba lagi.</translation>
    </message>
    <message>
        <source>The list could not be read from the product list file. Close this window and open it again.</source>
        <translation>Daftar tidak dapat dibaca dari file daftar produk. Tutup jendela ini lalu buka lagi.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>%1 baris disimpan ke %2.</translation>
    </message>
    <message>
        <source>Reading the list… %1 of %2 rows</source>
        <translation>Membaca daftar… %1 dari %2 baris</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Simpan sebagai CSV…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show the list: %1</source>
        <translation>Tampilkan daftar: %1</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Simpan sebagai CSV…</translation>
    </message>
    <message>
        <source>Save the list as CSV: %1</source>
        <translation>Simpan daftar sebagai CSV: %1</translation>
    </message>
    <message>
        <source>This list is empty.</source>
        <translation>Daftar ini kosong.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>Checking your API Key and API Secret with JD.ID…</source>
        <translation>Memeriksa API Key dan API Secret Anda ke JD.ID…</translation>
    </message>
    <message>
        <source>Wait a moment: JD.ID is checking your API Key and API Secret.</source>
        <translation>Tunggu sebentar: JD.ID sedang memeriksa API Key dan API Secret Anda.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Check keys works in a moment.</source>
        <translation>Platform latihan masih dijalankan. Periksa Kunci bisa dipakai sebentar lagi.</translation>
    </message>
    <message>
        <source>Do what the message above says; then Check keys can go on.</source>
        <translation>Ikuti pesan di atas; setelah itu Periksa Kunci bisa dilanjutkan.</translation>
    </message>
    <message>
        <source>Click Check keys to check your API Key and API Secret with JD.ID.</source>
        <translation>Klik Periksa Kunci untuk memeriksa API Key dan API Secret Anda ke JD.ID.</translation>
    </message>
    <message>
        <source>JD.ID accepted your API Key and API Secret. The API Secret is kept in memory for this session only. Click Next to log in.</source>
        <translation>JD.ID menerima API Key dan API Secret Anda. API Secret hanya disimpan di memori untuk sesi ini. Klik Berikutnya untuk login.</translation>
    </message>
    <message>
        <source>JD.ID accepted your API Key and API Secret. The Shop ID and API Key are saved in the settings, the API Secret in this computer&apos;s password store. Click Next to log in.</source>
        <translation>JD.ID menerima API Key dan API Secret Anda. Shop ID dan API Key disimpan di pengaturan, API Secret di penyimpanan kata sandi komputer ini. Klik Berikutnya untuk login.</translation>
    </message>
    <message>
        <source>as typed (hidden)</source>
        <translation>sesuai yang diketik (disembunyikan)</translation>
    </message>
    <message>
        <source>the one saved earlier</source>
        <translation>yang tersimpan sebelumnya</translation>
    </message>
    <message>
        <source>Shop ID: %1
API Key: %2
API Secret: %3</source>
        <translation>Shop ID: %1
API Key: %2
API Secret: %3</translation>
    </message>
    <message>
        <source>&amp;Check keys</source>
        <translation>&amp;Periksa Kunci</translation>
    </message>
</context>
<context>
    <name>LinkNotice</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Mode latihan</translation>
    </message>
    <message>
        <source>In practice mode this button does not open JD.ID&apos;s website: JD.ID closed its sites in 2023, and practice never touches a real store. Read what the step says and use the practice account shown on the page. For your real store this button opens the address below.</source>
        <translation>Di mode latihan, tombol ini tidak membuka situs JD.ID: JD.ID menutup situsnya pada 2023, dan latihan tidak pernah menyentuh toko sungguhan. Baca penjelasan langkah ini dan pakai akun latihan yang tampil di halaman. Untuk toko asli Anda, tombol ini membuka alamat di bawah.</translation>
    </message>
    <message>
        <source>The browser did not open</source>
        <translation>Browser tidak terbuka</translation>
    </message>
    <message>
        <source>Your web browser did not open. Copy the address below and paste it into your browser&apos;s address bar.</source>
        <translation>Browser Anda tidak terbuka. Salin alamat di bawah dan tempel di kolom alamat browser Anda.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Wait a moment: JD.ID is confirming your login.</source>
        <translation>Tunggu sebentar: JD.ID sedang mengonfirmasi login Anda.</translation>
    </message>
    <message>
        <source>Go back to step 13 and click Check keys first.</source>
        <translation>Kembali ke langkah 13 dan klik Periksa Kunci dulu.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Log in in a moment.</source>
        <translation>Platform latihan masih dijalankan. Login sebentar lagi.</translation>
    </message>
    <message>
        <source>Log in and allow access in the JD.ID page below to go on.</source>
        <translation>Login dan izinkan akses di halaman JD.ID di bawah untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Do what the message above says; then the login can go on.</source>
        <translation>Ikuti pesan di atas; setelah itu login bisa dilanjutkan.</translation>
    </message>
    <message>
        <source>Click “Use my own browser instead” to log in.</source>
        <translation>Klik “Pakai browser saya sendiri” untuk login.</translation>
    </message>
    <message>
        <source>Click Log in to connect your store.</source>
        <translation>Klik Login untuk menghubungkan toko Anda.</translation>
    </message>
    <message>
        <source>Opening the JD.ID login page…</source>
        <translation>Membuka halaman login JD.ID…</translation>
    </message>
    <message>
        <source>Log in with your JD.ID seller email and password, then allow access.</source>
        <translation>Login dengan email dan kata sandi seller JD.ID Anda, lalu izinkan akses.</translation>
    </message>
    <message>
        <source>JD.ID says the email or password is not right. Check both and try again in the form below.</source>
        <translation>Menurut JD.ID email atau kata sandinya salah. Periksa keduanya dan coba lagi di formulir di bawah.</translation>
    </message>
    <message>
        <source>The JD.ID login is open in your web browser. Log in and allow access there.</source>
        <translation>Login JD.ID terbuka di browser Anda. Login dan izinkan akses di sana.</translation>
    </message>
    <message>
        <source>JD.ID accepted the login. Getting the access for this app…</source>
        <translation>JD.ID menerima login. Mengambil akses untuk aplikasi ini…</translation>
    </message>
    <message>
        <source>You are logged in to the store with Shop ID %1. Click Next.</source>
        <translation>Anda sudah login ke toko dengan Shop ID %1. Klik Berikutnya.</translation>
    </message>
    <message>
        <source>You are logged in. Click Next.</source>
        <translation>Anda sudah login. Klik Berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>Use my own &amp;browser instead</source>
        <translation>Pakai &amp;browser saya sendiri</translation>
    </message>
    <message>
        <source>After you allow access, your browser opens an address that starts with the callback URL of step 10 (the page itself may show an error; that is fine). Copy that whole address from the address bar and paste it here:</source>
        <translation>Setelah Anda mengizinkan akses, browser membuka alamat yang diawali URL Callback dari langkah 10 (halamannya mungkin menampilkan error; itu tidak apa-apa). Salin seluruh alamat itu dari kolom alamat lalu tempel di sini:</translation>
    </message>
    <message>
        <source>Nothing is pasted yet. In your browser, after you allowed access, copy the whole address from the address bar and paste it into the field below, then click Continue.</source>
        <translation>Belum ada yang ditempel. Di browser Anda, setelah memberi izin, salin seluruh alamat dari kolom alamat lalu tempel di kolom di bawah, kemudian klik Lanjutkan.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>The address your browser landed on</source>
        <translation>Alamat yang dibuka browser Anda</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>That link leads away from the JD.ID login, so it was opened in your web browser ({host}). Finish the login here.</source>
        <translation>Tautan itu mengarah keluar dari login JD.ID, jadi dibuka di browser Anda ({host}). Selesaikan login di sini.</translation>
    </message>
    <message>
        <source>The login page tried to open {host}, which is not part of the JD.ID login. It was blocked. Finish the login here.</source>
        <translation>Halaman login mencoba membuka {host}, yang bukan bagian dari login JD.ID. Itu diblokir. Selesaikan login di sini.</translation>
    </message>
</context>
<context>
    <name>MastersDialog</name>
    <message>
        <source>Choose your master SKU list</source>
        <translation>Pilih daftar produk utama Anda</translation>
    </message>
    <message>
        <source>Product lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Daftar produk (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;Semua file (*)</translation>
    </message>
    <message>
        <source>Your JD.ID products are not imported yet: the import links each one to the product here with the same SKU code.</source>
        <translation>Produk JD.ID Anda belum diimpor: saat impor, setiap produk JD.ID dihubungkan dengan produk di sini yang kode SKU-nya sama.</translation>
    </message>
    <message>
        <source>Each of them has a JD.ID product with the same SKU code.</source>
        <translation>Setiap produk ini punya produk JD.ID dengan kode SKU yang sama.</translation>
    </message>
    <message>
        <source>%1 of them have a JD.ID product with the same SKU code. The other %2 are not on JD.ID, so sync does not change anything on JD.ID for them.</source>
        <translation>%1 di antaranya punya produk JD.ID dengan kode SKU yang sama. %2 lainnya tidak ada di JD.ID, jadi sinkronisasi tidak mengubah apa pun di JD.ID untuk produk itu.</translation>
    </message>
    <message>
        <source>Your master SKU list</source>
        <translation>Daftar produk utama Anda</translation>
    </message>
    <message>
        <source>%1 products from %2 can be saved to your product list: %3 new, %4 changed, %5 unchanged. Nothing is saved until you click Save.</source>
        <translation>%1 produk dari %2 dapat disimpan ke daftar produk Anda: %3 baru, %4 berubah, %5 tidak berubah. Tidak ada yang disimpan sebelum Anda klik Simpan.</translation>
    </message>
    <message>
        <source>%1 lines cannot be used and will not be saved. Fix them in the file and load it again, or save the other products now.</source>
        <translation>%1 baris tidak dapat dipakai dan tidak akan disimpan. Perbaiki di file lalu muat lagi, atau simpan produk lainnya sekarang.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Masalahnya</translation>
    </message>
    <message>
        <source>These columns are not used: %1</source>
        <translation>Kolom ini tidak dipakai: %1</translation>
    </message>
    <message>
        <source>&amp;Save %1 products</source>
        <translation>&amp;Simpan %1 produk</translation>
    </message>
    <message>
        <source>No line of the file can be used.</source>
        <translation>Tidak ada baris di file ini yang dapat dipakai.</translation>
    </message>
    <message>
        <source>&amp;Cancel (save nothing)</source>
        <translation>&amp;Batal (tidak menyimpan apa pun)</translation>
    </message>
</context>
<context>
    <name>PracticeAccount</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Shop ID</source>
        <translation>Shop ID</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>API Secret</source>
        <translation>API Secret</translation>
    </message>
    <message>
        <source>The practice platform could not start. Close the wizard and open it again; if it happens again, contact support.</source>
        <translation>Platform latihan tidak dapat dijalankan. Tutup wizard lalu buka lagi; jika masih terjadi, hubungi tim support.</translation>
    </message>
    <message>
        <source>Starting the practice platform…</source>
        <translation>Menjalankan platform latihan…</translation>
    </message>
    <message>
        <source>This practice store is made up. Use these details wherever the real steps ask for your own.</source>
        <translation>Toko latihan ini hanya contoh. Gunakan data ini setiap kali langkah sebenarnya meminta data Anda sendiri.</translation>
    </message>
    <message>
        <source>Practice account</source>
        <translation>Akun latihan</translation>
    </message>
</context>
<context>
    <name>PracticeConsole</name>
    <message>
        <source>Practice Seller Center</source>
        <translation>Seller Center latihan</translation>
    </message>
    <message>
        <source>Practice developer console</source>
        <translation>Konsol developer latihan</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Open this address in any browser:</source>
        <translation>Tidak ada browser web yang bisa dibuka di komputer ini. Buka alamat ini di browser mana saja:</translation>
    </message>
    <message>
        <source>Above the Check again button it says what is still missing in the practice console. Next works once that is done.</source>
        <translation>Di atas tombol Periksa lagi tertulis apa yang masih kurang di konsol latihan. Tombol Berikutnya bisa dipakai setelah itu selesai.</translation>
    </message>
    <message>
        <source>The practice platform could not start, so this step cannot be checked. Close the wizard and open it again, or go back and choose your real store.</source>
        <translation>Platform latihan tidak dapat dimulai, jadi langkah ini tidak bisa diperiksa. Tutup wizard lalu buka lagi, atau kembali dan pilih toko sungguhan Anda.</translation>
    </message>
    <message>
        <source>Please wait: the practice platform is starting.</source>
        <translation>Mohon tunggu: platform latihan sedang dimulai.</translation>
    </message>
    <message>
        <source>Checking this step in the practice console…</source>
        <translation>Memeriksa langkah ini di konsol latihan…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Do this step for me</source>
        <translation>Kerjakan langkah ini untuk saya</translation>
    </message>
    <message>
        <source>The practice platform does this step for you, for a quick look or a demo.</source>
        <translation>Platform latihan mengerjakan langkah ini untuk Anda, untuk melihat sekilas atau untuk demo.</translation>
    </message>
    <message>
        <source>Checked: you are registered as a developer.</source>
        <translation>Sudah diperiksa: Anda terdaftar sebagai developer.</translation>
    </message>
    <message>
        <source>Checked: your app exists.</source>
        <translation>Sudah diperiksa: aplikasi Anda sudah ada.</translation>
    </message>
    <message>
        <source>Checked: the App Name is your store&apos;s name.</source>
        <translation>Sudah diperiksa: App Name sama dengan nama toko Anda.</translation>
    </message>
    <message>
        <source>Checked: the app is published.</source>
        <translation>Sudah diperiksa: aplikasi sudah dipublikasikan.</translation>
    </message>
    <message>
        <source>Checked: the Callback URL is saved and exactly right.</source>
        <translation>Sudah diperiksa: Callback URL sudah tersimpan dan persis benar.</translation>
    </message>
    <message>
        <source>Asking the practice console…</source>
        <translation>Menghubungi konsol latihan…</translation>
    </message>
    <message>
        <source>The practice platform did not answer. Try again in a moment; if it stays, close the wizard and open it again.</source>
        <translation>Platform latihan tidak menjawab. Coba lagi sebentar lagi; jika tetap begini, tutup wizard lalu buka lagi.</translation>
    </message>
    <message>
        <source>The practice console has no app yet, so there is no API Key to copy. Go back to step 6 and create the app.</source>
        <translation>Konsol latihan belum punya aplikasi, jadi belum ada API Key untuk disalin. Kembali ke langkah 6 dan buat aplikasinya.</translation>
    </message>
    <message>
        <source>Fill in from the practice console</source>
        <translation>Isi dari konsol latihan</translation>
    </message>
    <message>
        <source>Copies the Shop ID from Seller Center and the API Key and API Secret from your app&apos;s overview in the practice developer console.</source>
        <translation>Menyalin Shop ID dari Seller Center serta API Key dan API Secret dari halaman overview aplikasi Anda di konsol developer latihan.</translation>
    </message>
    <message>
        <source>Use the practice list of my products</source>
        <translation>Pakai daftar latihan produk saya</translation>
    </message>
    <message>
        <source>A spreadsheet of the practice store&apos;s own products. Many of its SKU codes are also in the practice shop on JD.ID, so the import links them.</source>
        <translation>Spreadsheet berisi produk milik toko latihan. Banyak kode SKU-nya juga ada di toko latihan di JD.ID, jadi impor akan menautkannya.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <source>Choose a profile file</source>
        <translation>Pilih file profil</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>File profil (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>The real store uses JD.ID&apos;s own addresses again.</source>
        <translation>Toko asli kembali memakai alamat JD.ID sendiri.</translation>
    </message>
    <message>
        <source>The real store now uses “%1”.</source>
        <translation>Toko asli sekarang memakai “%1”.</translation>
    </message>
    <message>
        <source>The file could not be read. Please try again.</source>
        <translation>File tidak dapat dibaca. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>JD.ID&apos;s own addresses (the default)</source>
        <translation>alamat JD.ID sendiri (bawaan)</translation>
    </message>
    <message>
        <source>The real store uses: %1</source>
        <translation>Toko asli memakai: %1</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>URL Callback: %1</translation>
    </message>
    <message>
        <source>Platform addresses (for support staff)</source>
        <translation>Alamat platform (untuk tim support)</translation>
    </message>
    <message>
        <source>To connect stores on a JD.ID-compatible platform, load its profile file (the same as starting with --profile FILE.json). Practice mode always uses the practice platform.</source>
        <translation>Untuk menghubungkan toko di platform yang kompatibel dengan JD.ID, muat file profilnya (sama dengan membuka aplikasi dengan --profile FILE.json). Mode latihan selalu memakai platform latihan.</translation>
    </message>
    <message>
        <source>Load a profile file…</source>
        <translation>Muat file profil…</translation>
    </message>
    <message>
        <source>Use JD.ID&apos;s own addresses</source>
        <translation>Pakai alamat JD.ID sendiri</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{field} is missing</source>
        <translation>{field} tidak ada</translation>
    </message>
    <message>
        <source>{field} must be text in quotes</source>
        <translation>{field} harus berupa teks dalam tanda kutip</translation>
    </message>
    <message>
        <source>{field} is not a web address (it should look like https://host)</source>
        <translation>{field} bukan alamat web (seharusnya seperti https://host)</translation>
    </message>
    <message>
        <source>{field} must start with https:// (http:// is only allowed for this computer: localhost or 127.0.0.1)</source>
        <translation>{field} harus diawali https:// (http:// hanya boleh untuk komputer ini: localhost atau 127.0.0.1)</translation>
    </message>
    <message>
        <source>{field} must be a plain address, without ?, # or a user name</source>
        <translation>{field} harus alamat biasa, tanpa ?, # atau nama pengguna</translation>
    </message>
    <message>
        <source>The profile file {path} cannot be read ({detail}). Nothing was changed.</source>
        <translation>File profil {path} tidak dapat dibaca ({detail}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The profile file {path} is not valid JSON ({detail}). Nothing was changed. Compare it with the example in the README.</source>
        <translation>File profil {path} bukan JSON yang benar ({detail}). Tidak ada yang diubah. Bandingkan dengan contoh di README.</translation>
    </message>
    <message>
        <source>The profile file {path} must hold one JSON object with oauth_base, gateway_base and callback_url. Nothing was changed.</source>
        <translation>File profil {path} harus berisi satu objek JSON dengan oauth_base, gateway_base dan callback_url. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The profile {path} cannot be used, so nothing was changed: {detail}.</source>
        <translation>Profil {path} tidak dapat dipakai, jadi tidak ada yang diubah: {detail}.</translation>
    </message>
</context>
<context>
    <name>QualifiedPage</name>
    <message>
        <source>Choose Yes, No or Not sure to go on.</source>
        <translation>Pilih Ya, Tidak, atau Tidak yakin untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Look up your seller level in Seller Center first, then choose Yes or No.</source>
        <translation>Periksa dulu level seller Anda di Seller Center, lalu pilih Ya atau Tidak.</translation>
    </message>
    <message>
        <source>&amp;Yes, my store is a Qualified Seller</source>
        <translation>&amp;Ya, toko saya sudah Qualified Seller</translation>
    </message>
    <message>
        <source>&amp;No, it is a Basic Seller</source>
        <translation>&amp;Tidak, toko saya masih Basic Seller</translation>
    </message>
    <message>
        <source>Not &amp;sure</source>
        <translation>Tidak &amp;yakin</translation>
    </message>
    <message>
        <source>Open Seller Center and log in. Your seller level (Basic or Qualified) is shown on your store&apos;s profile, under Shop Information. If you still cannot find it, ask JD.ID seller support.</source>
        <translation>Buka Seller Center dan login. Level seller Anda (Basic atau Qualified) terlihat di profil toko, pada bagian Informasi Toko (Shop Information). Jika masih belum ketemu, tanyakan ke layanan seller JD.ID.</translation>
    </message>
    <message>
        <source>The wizard cannot go on while your store is a Basic Seller. When JD.ID has upgraded it to Qualified, tick the box above.</source>
        <translation>Wizard tidak dapat dilanjutkan selama toko Anda masih Basic Seller. Setelah JD.ID menaikkannya menjadi Qualified, centang kotak di atas.</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <source>%1 could not be found. Either this computer is not connected to the internet, or the address no longer exists (JD.ID closed its platform on 31 March 2023).</source>
        <translation>%1 tidak ditemukan. Mungkin komputer ini tidak terhubung ke internet, atau alamat itu sudah tidak ada (JD.ID menutup platformnya pada 31 Maret 2023).</translation>
    </message>
    <message>
        <source>This computer has no connection to the network of %1. Check that it is connected to the internet.</source>
        <translation>Komputer ini tidak punya jalur ke jaringan %1. Periksa apakah komputer terhubung ke internet.</translation>
    </message>
    <message>
        <source>%1 was found, but the connection was turned away: the platform is no longer there, or a firewall blocks it.</source>
        <translation>%1 ditemukan, tetapi sambungannya ditolak: platformnya sudah tidak ada di sana, atau diblokir firewall.</translation>
    </message>
    <message>
        <source>%1 was found, but there was no reply within %2 seconds. A firewall may be blocking it, or the internet connection is very slow.</source>
        <translation>%1 ditemukan, tetapi tidak ada balasan dalam %2 detik. Mungkin diblokir firewall, atau koneksi internet sangat lambat.</translation>
    </message>
    <message>
        <source>%1 answered, but its security certificate is not right. A firewall or proxy may be in between, or the address is not the platform&apos;s.</source>
        <translation>%1 menjawab, tetapi sertifikat keamanannya tidak benar. Mungkin ada firewall atau proxy di tengah, atau alamat itu bukan milik platform.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 seconds. The platform may be down or very busy; try again later.</source>
        <translation>%1 menerima sambungan tetapi tidak menjawab dalam %2 detik. Platform mungkin sedang mati atau sangat sibuk; coba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 answered, but not like a web server. Ask the person who set up the wizard to check the address.</source>
        <translation>%1 menjawab, tetapi tidak seperti server web. Minta orang yang menyiapkan wizard ini untuk memeriksa alamatnya.</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>tidak bisa dihubungi</translation>
    </message>
    <message>
        <source>JD.ID login</source>
        <translation>Login JD.ID</translation>
    </message>
    <message>
        <source>JD.ID API</source>
        <translation>API JD.ID</translation>
    </message>
    <message>
        <source>Checking that this computer can reach JD.ID…</source>
        <translation>Memeriksa apakah komputer ini bisa terhubung ke JD.ID…</translation>
    </message>
    <message>
        <source>JD.ID can be reached from this computer. You can go on.</source>
        <translation>JD.ID bisa dihubungi dari komputer ini. Anda bisa lanjut.</translation>
    </message>
    <message>
        <source>JD.ID cannot be reached from this computer right now. You can still read steps 1 to 11; step 12 waits until the check passes.</source>
        <translation>Saat ini JD.ID tidak bisa dihubungi dari komputer ini. Anda tetap bisa membaca langkah 1 sampai 11; langkah 12 menunggu sampai pemeriksaan berhasil.</translation>
    </message>
    <message>
        <source>The check could not run. Press Check again.</source>
        <translation>Pemeriksaan tidak bisa dijalankan. Klik Periksa lagi.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>menjawab</translation>
    </message>
    <message>
        <source>Please wait: the wizard is checking that this computer can reach JD.ID.</source>
        <translation>Mohon tunggu: wizard sedang memeriksa apakah komputer ini bisa terhubung ke JD.ID.</translation>
    </message>
    <message>
        <source>JD.ID cannot be reached from this computer, so your keys cannot be checked yet. Connect to the internet, then press “Check again” above.</source>
        <translation>JD.ID tidak bisa dihubungi dari komputer ini, jadi kunci Anda belum bisa diperiksa. Hubungkan komputer ke internet, lalu klik “Periksa lagi” di atas.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>&amp;Practise instead</source>
        <translation>&amp;Berlatih saja</translation>
    </message>
</context>
<context>
    <name>RealStoreCard</name>
    <message>
        <source>Set up for: JD.ID&apos;s own platform (%1).</source>
        <translation>Disiapkan untuk: platform JD.ID sendiri (%1).</translation>
    </message>
    <message>
        <source>Set up for: “%1” (%2), chosen by support.</source>
        <translation>Disiapkan untuk: “%1” (%2), dipilih oleh tim support.</translation>
    </message>
    <message>
        <source>Good to know before you start</source>
        <translation>Perlu diketahui sebelum mulai</translation>
    </message>
    <message>
        <source>JD.ID closed its marketplace on 31 March 2023. Connecting a real store only works where the JD.ID platform this wizard is set up for can still be reached. The wizard checks that for you before step 1.

Just want to see how it all works? Practise with a made-up store; nothing changes anywhere.</source>
        <translation>JD.ID menutup marketplace-nya pada 31 Maret 2023. Menghubungkan toko asli hanya bisa dilakukan jika platform JD.ID yang disiapkan untuk wizard ini masih bisa dihubungi. Wizard akan memeriksanya untuk Anda sebelum langkah 1.

Ingin melihat cara kerjanya saja? Berlatihlah dengan toko contoh; tidak ada yang berubah di mana pun.</translation>
    </message>
    <message>
        <source>&amp;Practise instead</source>
        <translation>&amp;Berlatih saja</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Close the wizard?</source>
        <translation>Tutup wizard?</translation>
    </message>
    <message>
        <source>Do you want to stop for now?</source>
        <translation>Berhenti dulu sekarang?</translation>
    </message>
    <message>
        <source>Your answers are saved and next time you can continue where you left off. The API Secret and the login are not: this computer has no password store, so you will paste the API Secret again and log in again.</source>
        <translation>Jawaban Anda tersimpan dan lain kali Anda bisa melanjutkan dari langkah terakhir. API Secret dan login tidak ikut tersimpan: komputer ini tidak punya penyimpanan kata sandi, jadi Anda perlu menempel API Secret lagi dan login lagi.</translation>
    </message>
    <message>
        <source>What you have done so far is saved. Next time, you can continue where you left off.</source>
        <translation>Semua yang sudah Anda kerjakan tersimpan. Lain kali, Anda bisa melanjutkan dari langkah terakhir.</translation>
    </message>
    <message>
        <source>&amp;Stop for now</source>
        <translation>&amp;Berhenti dulu</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>JD.ID Setup Wizard</source>
        <translation>Wizard Integrasi JD.ID</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Steps of the wizard</source>
        <translation>Langkah-langkah wizard</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>langkah saat ini</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>visited, press Enter to go back</source>
        <translation>sudah dibuka, tekan Enter untuk kembali ke sini</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>belum sampai</translation>
    </message>
    <message>
        <source>later, after this wizard</source>
        <translation>nanti, setelah wizard ini</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>JD.ID websites</source>
        <translation>Situs JD.ID</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Produk Anda</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <source>Open Seller Center</source>
        <translation>Buka Seller Center</translation>
    </message>
    <message>
        <source>Open developer console</source>
        <translation>Buka konsol developer</translation>
    </message>
    <message>
        <source>Practice mode: do this step in the practice developer console, which the button below opens, with the practice account. It looks like the real one and nothing there touches a real store.</source>
        <translation>Mode latihan: kerjakan langkah ini di konsol developer latihan, yang dibuka oleh tombol di bawah, dengan akun latihan. Tampilannya mirip yang asli dan tidak ada yang mengubah toko sungguhan.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>This wizard connects your JD.ID store to your inventory, so stock and prices can be kept the same everywhere you sell.

Important before you start: the same product must have the same SKU code in every store and channel. After the connection, your JD.ID products are imported and linked to your other products by their SKU code. A product with a different SKU code will not be linked.</source>
        <translation>Wizard ini menghubungkan toko JD.ID Anda dengan inventori Anda, supaya stok dan harga tetap sama di semua tempat Anda berjualan.

Penting sebelum mulai: produk yang sama harus memakai kode SKU yang sama di semua toko dan channel. Setelah terhubung, produk JD.ID Anda diimpor dan ditautkan ke produk lain Anda berdasarkan kode SKU. Produk dengan kode SKU berbeda tidak akan tertaut.</translation>
    </message>
    <message>
        <source>Is your store a Qualified Seller?</source>
        <translation>Apakah toko Anda sudah Qualified Seller?</translation>
    </message>
    <message>
        <source>Qualified Seller check</source>
        <translation>Cek Qualified Seller</translation>
    </message>
    <message>
        <source>JD.ID only opens its Open API to Qualified Sellers. A store that is still a Basic Seller cannot be connected until it has been upgraded.

You can see your seller level in JD.ID Seller Center, on your store&apos;s profile (Shop Information).</source>
        <translation>JD.ID hanya membuka Open API untuk Qualified Seller. Toko yang masih Basic Seller belum bisa dihubungkan sampai levelnya dinaikkan.

Level seller Anda terlihat di Seller Center JD.ID, pada profil toko (Informasi Toko / Shop Information).</translation>
    </message>
    <message>
        <source>Upgrade to Qualified Seller first</source>
        <translation>Upgrade ke Qualified Seller dulu</translation>
    </message>
    <message>
        <source>Upgrade your store</source>
        <translation>Upgrade toko Anda</translation>
    </message>
    <message>
        <source>Your store is a Basic Seller, and JD.ID only lets Qualified Sellers use the Open API. Ask JD.ID to upgrade your store first; the JD.ID page below explains how and what you gain.

When JD.ID has confirmed that your store is Qualified, come back here and tick the box below. Your progress is saved, so you can close the wizard now and return later.</source>
        <translation>Toko Anda masih Basic Seller, sedangkan Open API JD.ID hanya untuk Qualified Seller. Ajukan dulu upgrade toko ke JD.ID; halaman JD.ID di bawah ini menjelaskan caranya dan keuntungannya.

Setelah JD.ID mengonfirmasi bahwa toko Anda sudah Qualified, kembali ke sini dan centang kotak di bawah. Kemajuan Anda tersimpan, jadi Anda bisa menutup wizard sekarang dan kembali nanti.</translation>
    </message>
    <message>
        <source>How to become a Qualified Seller</source>
        <translation>Cara menjadi Qualified Seller</translation>
    </message>
    <message>
        <source>JD.ID has confirmed that my store is now a Qualified Seller</source>
        <translation>JD.ID sudah mengonfirmasi bahwa toko saya sekarang Qualified Seller</translation>
    </message>
    <message>
        <source>Can this computer reach JD.ID?</source>
        <translation>Bisakah komputer ini terhubung ke JD.ID?</translation>
    </message>
    <message>
        <source>Platform check</source>
        <translation>Pemeriksaan platform</translation>
    </message>
    <message>
        <source>JD.ID closed its marketplace on 31 March 2023, so the wizard first checks that this computer can reach the JD.ID platform it is set up for: its login pages and its API. Nothing of yours is sent.

Offline on purpose? You can still read steps 1 to 11. Step 12, where you enter your keys, waits until the platform can be reached.</source>
        <translation>JD.ID menutup marketplace-nya pada 31 Maret 2023, jadi wizard memeriksa dulu apakah komputer ini bisa terhubung ke platform JD.ID yang disiapkan untuknya: halaman login dan API-nya. Tidak ada data Anda yang dikirim.

Sengaja tidak tersambung internet? Anda tetap bisa membaca langkah 1 sampai 11. Langkah 12, tempat Anda memasukkan kunci, menunggu sampai platform bisa dihubungi.</translation>
    </message>
    <message>
        <source>Log in to JD.ID Seller Center</source>
        <translation>Login ke Seller Center JD.ID</translation>
    </message>
    <message>
        <source>Log in to Seller Center</source>
        <translation>Login ke Seller Center</translation>
    </message>
    <message>
        <source>Open JD.ID Seller Center in your web browser and log in with the email address and password of your store.

Keep this browser tab open: you will use the same account in the next steps.</source>
        <translation>Buka Seller Center JD.ID di browser Anda, lalu login dengan alamat email dan kata sandi toko Anda.

Biarkan tab browser ini tetap terbuka: akun yang sama dipakai di langkah-langkah berikutnya.</translation>
    </message>
    <message>
        <source>I am logged in to Seller Center</source>
        <translation>Saya sudah login ke Seller Center</translation>
    </message>
    <message>
        <source>Practice mode: the button below opens the practice Seller Center in a window of this app. Log in there with the practice account and keep that window open instead of a browser tab. Nothing there touches a real store.</source>
        <translation>Mode latihan: tombol di bawah membuka Seller Center latihan di jendela aplikasi ini. Login di sana dengan akun latihan dan biarkan jendela itu tetap terbuka sebagai ganti tab browser. Tidak ada yang mengubah toko sungguhan di sana.</translation>
    </message>
    <message>
        <source>Log in to the JD.ID developer console</source>
        <translation>Login ke konsol developer JD.ID</translation>
    </message>
    <message>
        <source>Log in to the developer console</source>
        <translation>Login ke konsol developer</translation>
    </message>
    <message>
        <source>Open the JD.ID developer console and log in with the same account you use for Seller Center. The developer console is where JD.ID gives out the keys that let this app talk to your store.</source>
        <translation>Buka konsol developer JD.ID dan login dengan akun yang sama dengan Seller Center. Di konsol developer inilah JD.ID memberikan kunci yang membuat aplikasi ini bisa terhubung dengan toko Anda.</translation>
    </message>
    <message>
        <source>I am logged in to the developer console</source>
        <translation>Saya sudah login ke konsol developer</translation>
    </message>
    <message>
        <source>Register as a developer</source>
        <translation>Daftar sebagai developer</translation>
    </message>
    <message>
        <source>The first time, the developer console asks you to register. Fill in the form with the same details you gave when you opened your store on JD.ID, tick the boxes, and click Register.

If you have registered before, the console skips this form and you can go on.</source>
        <translation>Saat pertama kali, konsol developer meminta Anda mendaftar. Isi formulirnya dengan data yang sama seperti saat Anda membuka toko di JD.ID, centang kotak-kotaknya, lalu klik Register.

Jika Anda sudah pernah mendaftar, formulir ini dilewati dan Anda bisa lanjut.</translation>
    </message>
    <message>
        <source>I am registered as a developer</source>
        <translation>Saya sudah terdaftar sebagai developer</translation>
    </message>
    <message>
        <source>Choose &quot;Create App&quot;</source>
        <translation>Pilih &quot;Create App&quot;</translation>
    </message>
    <message>
        <source>In the developer console, click &quot;Create App&quot;. An app is how JD.ID lets another program, like this one, work with your store.</source>
        <translation>Di konsol developer, klik &quot;Create App&quot;. Lewat app inilah JD.ID mengizinkan program lain, seperti aplikasi ini, bekerja dengan toko Anda.</translation>
    </message>
    <message>
        <source>I clicked &quot;Create App&quot;</source>
        <translation>Saya sudah klik &quot;Create App&quot;</translation>
    </message>
    <message>
        <source>Open &quot;Seller to JD.ID&quot;</source>
        <translation>Buka &quot;Seller to JD.ID&quot;</translation>
    </message>
    <message>
        <source>Find the section called &quot;Seller to JD.ID&quot; and open its drop-down list.</source>
        <translation>Cari bagian bernama &quot;Seller to JD.ID&quot; lalu buka daftar pilihannya (dropdown).</translation>
    </message>
    <message>
        <source>I opened the &quot;Seller to JD.ID&quot; list</source>
        <translation>Saya sudah membuka daftar &quot;Seller to JD.ID&quot;</translation>
    </message>
    <message>
        <source>Create a standard API app</source>
        <translation>Buat app standard API</translation>
    </message>
    <message>
        <source>In the list, find &quot;normal standard API&quot; and click &quot;Create App&quot; next to it.</source>
        <translation>Di daftar itu, cari &quot;normal standard API&quot; lalu klik &quot;Create App&quot; di sebelahnya.</translation>
    </message>
    <message>
        <source>I clicked &quot;Create App&quot; under &quot;normal standard API&quot;</source>
        <translation>Saya sudah klik &quot;Create App&quot; di &quot;normal standard API&quot;</translation>
    </message>
    <message>
        <source>Name the app after your store</source>
        <translation>Beri nama app sesuai nama toko</translation>
    </message>
    <message>
        <source>In the &quot;App Name&quot; field, type the name of your store exactly as it appears on JD.ID. Use the copy button below so there are no typing mistakes, then save the app.</source>
        <translation>Di kolom &quot;App Name&quot;, ketik nama toko Anda persis seperti yang tampil di JD.ID. Pakai tombol salin di bawah supaya tidak salah ketik, lalu simpan app-nya.</translation>
    </message>
    <message>
        <source>App Name (your store&apos;s name)</source>
        <translation>App Name (nama toko Anda)</translation>
    </message>
    <message>
        <source>I entered my store&apos;s name as the App Name</source>
        <translation>Saya sudah mengisi nama toko sebagai App Name</translation>
    </message>
    <message>
        <source>Publish the app</source>
        <translation>Publikasikan app</translation>
    </message>
    <message>
        <source>Click &quot;Publish App&quot;. An app that is not published cannot connect to your store.</source>
        <translation>Klik &quot;Publish App&quot;. App yang belum dipublikasikan tidak bisa terhubung ke toko Anda.</translation>
    </message>
    <message>
        <source>I published the app</source>
        <translation>Saya sudah mempublikasikan app</translation>
    </message>
    <message>
        <source>Open &quot;App Management&quot;</source>
        <translation>Buka &quot;App Management&quot;</translation>
    </message>
    <message>
        <source>Go to &quot;App Management&quot; in the developer console. Your new app is listed there.</source>
        <translation>Buka &quot;App Management&quot; di konsol developer. App baru Anda ada di daftar itu.</translation>
    </message>
    <message>
        <source>I opened &quot;App Management&quot;</source>
        <translation>Saya sudah membuka &quot;App Management&quot;</translation>
    </message>
    <message>
        <source>Enter the callback URL</source>
        <translation>Isi URL Callback</translation>
    </message>
    <message>
        <source>Open &quot;App Setting&quot; for your app. Paste the address below into the &quot;Callback URL&quot; field and save.

JD.ID sends you back to this address after you log in, so it must be exactly right: use the copy button instead of typing it.</source>
        <translation>Buka &quot;App Setting&quot; untuk app Anda. Tempel alamat di bawah ke kolom &quot;Callback URL&quot; lalu simpan.

Setelah Anda login, JD.ID mengarahkan Anda kembali ke alamat ini, jadi harus persis sama: pakai tombol salin, jangan diketik.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL Callback</translation>
    </message>
    <message>
        <source>I pasted the callback URL and saved</source>
        <translation>Saya sudah menempel URL Callback dan menyimpannya</translation>
    </message>
    <message>
        <source>Continue in this app</source>
        <translation>Lanjutkan di aplikasi ini</translation>
    </message>
    <message>
        <source>Everything in the JD.ID websites is ready. From here on, the connection happens inside this app: you do not need to open any other program.

Have these three things at hand for the next step:
- Shop ID: in Seller Center, under Shop Information.
- API Key and API Secret: in the developer console, on your app&apos;s overview.</source>
        <translation>Semua yang perlu disiapkan di situs JD.ID sudah selesai. Mulai sekarang, proses penghubungan dilakukan di dalam aplikasi ini: Anda tidak perlu membuka program lain.

Siapkan tiga hal ini untuk langkah berikutnya:
- Shop ID: di Seller Center, pada Informasi Toko (Shop Information).
- API Key dan API Secret: di konsol developer, pada halaman ringkasan (overview) app Anda.</translation>
    </message>
    <message>
        <source>I know where to find my Shop ID, API Key and API Secret</source>
        <translation>Saya tahu di mana menemukan Shop ID, API Key, dan API Secret saya</translation>
    </message>
    <message>
        <source>Enter Shop ID, API Key and API Secret</source>
        <translation>Isi Shop ID, API Key, dan API Secret</translation>
    </message>
    <message>
        <source>Shop ID, API Key, API Secret</source>
        <translation>Shop ID, API Key, API Secret</translation>
    </message>
    <message>
        <source>Type or paste your Shop ID, API Key and API Secret.

The Shop ID is in Seller Center, under Shop Information. The API Key and API Secret are in the developer console, on your app&apos;s overview page. The API Secret is kept in your computer&apos;s secure password store, never in a plain file.</source>
        <translation>Ketik atau tempel Shop ID, API Key, dan API Secret Anda.

Shop ID ada di Seller Center, pada Informasi Toko (Shop Information). API Key dan API Secret ada di konsol developer, pada halaman ringkasan (overview) app Anda. API Secret disimpan di penyimpanan kata sandi yang aman di komputer Anda, tidak pernah di file biasa.</translation>
    </message>
    <message>
        <source>Check keys</source>
        <translation>Periksa Kunci</translation>
    </message>
    <message>
        <source>Click Check keys. The app checks your API Key and API Secret with JD.ID and tells you in plain words if something needs fixing.</source>
        <translation>Klik Periksa Kunci. Aplikasi memeriksa API Key dan API Secret Anda ke JD.ID dan memberi tahu dengan bahasa sederhana jika ada yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Log in and allow access</source>
        <translation>Login dan izinkan akses</translation>
    </message>
    <message>
        <source>Click Log in. The JD.ID login page opens inside this app. Log in with your store account and allow the app to work with your store.</source>
        <translation>Klik Login. Halaman login JD.ID terbuka di dalam aplikasi ini. Login dengan akun toko Anda dan izinkan aplikasi bekerja dengan toko Anda.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>JD.ID has accepted the login. The app shows your store and confirms that it is a Qualified Seller. Click Next.</source>
        <translation>JD.ID sudah menerima login Anda. Aplikasi menampilkan toko Anda dan memastikan toko itu Qualified Seller. Klik Berikutnya.</translation>
    </message>
    <message>
        <source>Import your products</source>
        <translation>Impor produk Anda</translation>
    </message>
    <message>
        <source>Click &quot;Start import&quot; to bring your products in from JD.ID. Only products that have passed JD.ID&apos;s review (audit / QC passed) are imported, and each one is linked to your other channels by its SKU code.</source>
        <translation>Klik &quot;Mulai impor&quot; untuk mengambil produk Anda dari JD.ID. Hanya produk yang sudah lolos pemeriksaan JD.ID (audit / QC passed) yang diimpor, dan setiap produk ditautkan ke channel Anda yang lain berdasarkan kode SKU.</translation>
    </message>
    <message>
        <source>Turn on export sync</source>
        <translation>Nyalakan sinkronisasi ekspor</translation>
    </message>
    <message>
        <source>JD.ID is now connected. Export sync starts switched Off, so nothing is changed on JD.ID yet. Turn it On when you want your stock, listings and prices to be updated on JD.ID.</source>
        <translation>JD.ID sekarang sudah terhubung. Sinkronisasi ekspor awalnya Mati, jadi belum ada yang diubah di JD.ID. Nyalakan jika Anda ingin stok, listing, dan harga Anda diperbarui di JD.ID.</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Your JD.ID store is connected. You can close this wizard.</source>
        <translation>Toko JD.ID Anda sudah terhubung. Anda boleh menutup wizard ini.</translation>
    </message>
    <message>
        <source>When it is done: %1</source>
        <translation>Jika sudah selesai: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Your store is not connected yet. Go back to step 12 and connect it first; until then export sync stays Off.</source>
        <translation>Toko Anda belum terhubung. Kembali ke langkah 12 dan hubungkan dulu; sampai saat itu sinkronisasi ekspor tetap Mati.</translation>
    </message>
    <message>
        <source>The API Secret is not saved on this computer any more. Go back to step 12 and paste it again.</source>
        <translation>API Secret sudah tidak tersimpan di komputer ini. Kembali ke langkah 12 dan tempel lagi.</translation>
    </message>
    <message>
        <source>There is no JD.ID login saved on this computer. Log in to JD.ID in step 14 first.</source>
        <translation>Belum ada login JD.ID yang tersimpan di komputer ini. Login dulu ke JD.ID di langkah 14.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Wait a moment.</source>
        <translation>Platform latihan masih dijalankan. Tunggu sebentar.</translation>
    </message>
    <message>
        <source>The password store of this computer cannot be opened, so the saved JD.ID login cannot be read. Unlock it, then try again.</source>
        <translation>Penyimpanan kata sandi komputer ini tidak dapat dibuka, jadi login JD.ID yang tersimpan tidak dapat dibaca. Buka kuncinya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Sending the changes was stopped by the computer, perhaps because it ran short of memory. Close other programs, then sync again: the preview shows what is still to send.</source>
        <translation>Pengiriman perubahan dihentikan oleh komputer, mungkin karena memorinya hampir penuh. Tutup program lain, lalu sinkronkan lagi: pratinjau menunjukkan apa yang masih perlu dikirim.</translation>
    </message>
    <message>
        <source>Import your products first (step 16). Until then there is nothing to sync, so the switch waits.</source>
        <translation>Impor dulu produk Anda (langkah 16). Sebelum itu belum ada yang bisa disinkronkan, jadi tombolnya menunggu.</translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Try again; if it keeps happening, send the diagnostics file to support.</source>
        <translation>Terjadi masalah di dalam wizard. Coba lagi; jika terus terjadi, kirim file diagnostik ke tim support.</translation>
    </message>
    <message>
        <source>Nothing was sent to JD.ID.</source>
        <translation>Tidak ada yang dikirim ke JD.ID.</translation>
    </message>
    <message>
        <source>Set stock to 0 on JD.ID?</source>
        <translation>Ubah stok menjadi 0 di JD.ID?</translation>
    </message>
    <message>
        <source>Send these changes anyway?</source>
        <translation>Tetap kirim perubahan ini?</translation>
    </message>
    <message>
        <source>Yes, send them</source>
        <translation>Ya, kirim</translation>
    </message>
    <message>
        <source>No, check the file first</source>
        <translation>Tidak, periksa file dulu</translation>
    </message>
    <message>
        <source>JD.ID already matched your products; nothing had to be sent.</source>
        <translation>Data di JD.ID sudah sama dengan produk Anda; tidak ada yang perlu dikirim.</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>%1 dari %2 perubahan terkirim</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gagal</translation>
    </message>
    <message>
        <source>Sent to JD.ID: stock of %1, price of %2, listing status of %3.</source>
        <translation>Terkirim ke JD.ID: stok %1, harga %2, status tayang %3.</translation>
    </message>
    <message>
        <source>On: changes are sent to JD.ID</source>
        <translation>Nyala: perubahan dikirim ke JD.ID</translation>
    </message>
    <message>
        <source>Off: nothing is sent to JD.ID</source>
        <translation>Mati: tidak ada yang dikirim ke JD.ID</translation>
    </message>
    <message>
        <source>Reading your product list...</source>
        <translation>Membaca daftar produk Anda...</translation>
    </message>
    <message>
        <source>Reading the stock on JD.ID to show what would change...</source>
        <translation>Membaca stok di JD.ID untuk menunjukkan apa yang akan berubah...</translation>
    </message>
    <message>
        <source>Check the changes in the window that opened.</source>
        <translation>Periksa perubahannya di jendela yang terbuka.</translation>
    </message>
    <message>
        <source>Stopping after the change JD.ID is answering now...</source>
        <translation>Berhenti setelah perubahan yang sedang dijawab JD.ID...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Menghentikan...</translation>
    </message>
    <message>
        <source>Sending the changes to JD.ID...</source>
        <translation>Mengirim perubahan ke JD.ID...</translation>
    </message>
    <message>
        <source>Your JD.ID store</source>
        <translation>Toko JD.ID Anda</translation>
    </message>
    <message>
        <source>Shop ID %1</source>
        <translation>Shop ID %1</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Belum diimpor</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Next waits until you have checked the changes.</source>
        <translation>Berikutnya menunggu sampai Anda selesai memeriksa perubahan.</translation>
    </message>
    <message>
        <source>Changes are sent when you click &quot;Check for changes and send&quot; after updating your product list, and each time the automatic sync runs (your support staff can set it up for you).</source>
        <translation>Perubahan dikirim saat Anda mengklik &quot;Periksa perubahan dan kirim&quot; setelah memperbarui daftar produk, dan setiap kali sinkronisasi otomatis berjalan (staf dukungan Anda bisa mengaturnya untuk Anda).</translation>
    </message>
    <message>
        <source>%1 JD.ID products are never changed by export sync: they have no SKU code, or share one with another product. Fix them in Seller Center, then import again.</source>
        <translation>%1 produk JD.ID tidak pernah diubah oleh sinkronisasi ekspor: produk itu tidak punya kode SKU, atau kodenya sama dengan produk lain. Perbaiki di Seller Center, lalu impor lagi.</translation>
    </message>
    <message>
        <source>%1 JD.ID products are in your product list (linked or added as new).</source>
        <translation>%1 produk JD.ID ada di daftar produk Anda (tertaut atau ditambahkan sebagai produk baru).</translation>
    </message>
    <message>
        <source>Changes are being sent to JD.ID. Wait until they are sent, or turn export sync Off to stop.</source>
        <translation>Perubahan sedang dikirim ke JD.ID. Tunggu sampai terkirim, atau matikan sinkronisasi ekspor untuk berhenti.</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Toko:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produk:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Impor terakhir:</translation>
    </message>
    <message>
        <source>Export sync</source>
        <translation>Sinkronisasi ekspor</translation>
    </message>
    <message>
        <source>When export sync is On, this app updates stock, price and listing status on JD.ID from your master product list. Before anything is sent you see what would change. While it is Off, nothing on JD.ID is changed.</source>
        <translation>Saat sinkronisasi ekspor Nyala, aplikasi ini memperbarui stok, harga, dan status tayang di JD.ID dari daftar produk utama Anda. Sebelum ada yang dikirim, Anda melihat dulu apa yang akan berubah. Selama Mati, tidak ada yang diubah di JD.ID.</translation>
    </message>
    <message>
        <source>Check for changes and send</source>
        <translation>Periksa perubahan dan kirim</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Ulangi yang gagal</translation>
    </message>
</context>
<context>
    <name>SyncViews</name>
    <message>
        <source>JD.ID already has the stock and prices of your products. Nothing to change now.</source>
        <translation>JD.ID sudah memiliki stok dan harga produk Anda. Tidak ada yang perlu diubah sekarang.</translation>
    </message>
    <message>
        <source>New stock: %1</source>
        <translation>Stok baru: %1</translation>
    </message>
    <message>
        <source>New price: %1</source>
        <translation>Harga baru: %1</translation>
    </message>
    <message>
        <source>Off sale: %1</source>
        <translation>Tidak dijual: %1</translation>
    </message>
    <message>
        <source>Back on sale: %1</source>
        <translation>Dijual kembali: %1</translation>
    </message>
    <message>
        <source>What changes on JD.ID:</source>
        <translation>Yang berubah di JD.ID:</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>Kode SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>JD.ID SKU</source>
        <translation>SKU JD.ID</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Price (Rp)</source>
        <translation>Harga (Rp)</translation>
    </message>
    <message>
        <source>Back on sale</source>
        <translation>Dijual kembali</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>Tidak dijual</translation>
    </message>
    <message>
        <source>SPU %1</source>
        <translation>SPU %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Alasan gagal</translation>
    </message>
    <message>
        <source>Check the changes before they go to JD.ID</source>
        <translation>Periksa perubahan sebelum dikirim ke JD.ID</translation>
    </message>
    <message>
        <source>Compared: %1 linked JD.ID products. Never changed: %2 JD.ID products without a SKU code of their own (no code, or the same code as another product).</source>
        <translation>Dibandingkan: %1 produk JD.ID yang tertaut. Tidak pernah diubah: %2 produk JD.ID tanpa kode SKU sendiri (tidak ada kode, atau kodenya sama dengan produk lain).</translation>
    </message>
    <message>
        <source>Turn on export sync</source>
        <translation>Nyalakan sinkronisasi ekspor</translation>
    </message>
    <message>
        <source>Turn on and send changes</source>
        <translation>Nyalakan dan kirim perubahan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Send these changes</source>
        <translation>Kirim perubahan ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Changes that did not reach JD.ID: %1</source>
        <translation>Perubahan yang tidak sampai ke JD.ID: %1</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>The JD.ID Setup Wizard cannot open its window: this computer lacks system libraries it needs (%1). Install them with the command below, then start the wizard again.</source>
        <translation>Wizard Integrasi JD.ID tidak dapat membuka jendelanya: komputer ini belum punya pustaka sistem yang dibutuhkan (%1). Pasang dengan perintah di bawah ini, lalu buka wizard lagi.</translation>
    </message>
    <message>
        <source>The login inside the wizard cannot start: this computer lacks system libraries it needs (%1). Use “Use my own browser instead”, or install them with the command below and start the wizard again.</source>
        <translation>Login di dalam wizard tidak dapat dimulai: komputer ini belum punya pustaka sistem yang dibutuhkan (%1). Klik “Pakai browser saya sendiri”, atau pasang dengan perintah di bawah ini lalu buka wizard lagi.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, in a terminal:</source>
        <translation>Di Debian atau Ubuntu, ketik di terminal:</translation>
    </message>
    <message>
        <source>On Fedora, in a terminal:</source>
        <translation>Di Fedora, ketik di terminal:</translation>
    </message>
    <message>
        <source>A system library is missing</source>
        <translation>Pustaka sistem belum terpasang</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Choose “Continue where I left off” or “Start over” above.</source>
        <translation>Pilih “Lanjutkan dari langkah terakhir” atau “Mulai dari awal” di atas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Apa yang ingin Anda lakukan?</translation>
    </message>
    <message>
        <source>Connect my real JD.ID store</source>
        <translation>Hubungkan toko JD.ID saya yang asli</translation>
    </message>
    <message>
        <source>Practise first, with a made-up store on this computer</source>
        <translation>Latihan dulu, dengan toko contoh di komputer ini</translation>
    </message>
    <message>
        <source>Practice mode changes nothing on JD.ID. Everything happens on a practice platform inside this app, so you can try every step safely.</source>
        <translation>Mode latihan tidak mengubah apa pun di JD.ID. Semuanya terjadi di platform latihan di dalam aplikasi ini, jadi Anda bisa mencoba setiap langkah dengan aman.</translation>
    </message>
    <message>
        <source>You will need your JD.ID Seller Center email and password, and about 20 minutes.</source>
        <translation>Anda memerlukan email dan kata sandi Seller Center JD.ID, serta sekitar 20 menit.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat datang kembali</translation>
    </message>
    <message>
        <source>Last time this computer had no password store, so the API Secret and the JD.ID login were kept only until the wizard closed. Continue: at step 12 paste the API Secret again, then click Check keys and log in again. Everything else is still filled in.</source>
        <translation>Terakhir kali komputer ini tidak punya penyimpanan kata sandi, jadi API Secret dan login JD.ID hanya disimpan sampai wizard ditutup. Lanjutkan: di langkah 12 tempel lagi API Secret, lalu klik Periksa Kunci dan login lagi. Data lainnya masih terisi.</translation>
    </message>
    <message>
        <source>Your JD.ID store is already connected. Continue to see it again (for example to switch export sync On or Off), or start over to connect a store again.</source>
        <translation>Toko JD.ID Anda sudah terhubung. Lanjutkan untuk melihatnya lagi (misalnya untuk menyalakan atau mematikan sinkronisasi ekspor), atau mulai dari awal untuk menghubungkan toko lagi.</translation>
    </message>
    <message>
        <source>You started connecting your store before and stopped at “%1”.</source>
        <translation>Sebelumnya Anda sudah mulai menghubungkan toko dan berhenti di “%1”.</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Lanjutkan dari langkah terakhir</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Mulai dari awal</translation>
    </message>
    <message>
        <source>Same product, same SKU code in every channel</source>
        <translation>Produk sama, kode SKU sama di setiap channel</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
    </message>
</context>
</TS>
