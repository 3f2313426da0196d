<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Your saved %1 could not be read, so the wizard starts fresh. The damaged file was kept as %2.</source>
        <translation>Your saved %1 could not be read, so the wizard starts fresh. The damaged file was kept as %2.</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>The wizard is already open for this data folder (%1). Switch to that window, or close it first.</source>
        <translation>The wizard is already open for this data folder (%1). Switch to that window, or close it first.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your progress is saved. Please try again; if it happens again, send the log file to support.</source>
        <translation>Something unexpected went wrong. Your progress is saved. Please try again; if it happens again, send the log file to support.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The product list is in use by another program (perhaps the wizard is open in another window). Close it, then try again.</source>
        <translation>The product list is in use by another program (perhaps the wizard is open in another window). Close it, then try again.</translation>
    </message>
    <message>
        <source>The product list {path} cannot be saved. Check that its folder exists and that you may change files in it, or choose another folder.</source>
        <translation>The product list {path} cannot be saved. Check that its folder exists and that you may change files in it, or choose another folder.</translation>
    </message>
    <message>
        <source>The product list file {path} is damaged. Move it to another folder (or restore a backup) and try again: a new, empty product list will be made.</source>
        <translation>The product list file {path} is damaged. Move it to another folder (or restore a backup) and try again: a new, empty product list will be made.</translation>
    </message>
    <message>
        <source>The product list was saved by a newer version of the wizard. Install the newest version, then try again.</source>
        <translation>The product list was saved by a newer version of the wizard. Install the newest version, then try again.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>The disk is full. Free some space, then try again.</translation>
    </message>
    <message>
        <source>A number was too big to save in the product list, so nothing of this change was saved. Check the stock and price columns of your file for a number that is much too long, then try again.</source>
        <translation>A number was too big to save in the product list, so nothing of this change was saved. Check the stock and price columns of your file for a number that is much too long, then try again.</translation>
    </message>
    <message>
        <source>The product list could not be used. Try again; if it keeps happening, send the diagnostics file to support.</source>
        <translation>The product list could not be used. Try again; if it keeps happening, send the diagnostics file to support.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose the product list file inside it.</source>
        <translation>{path} is a folder, not a file. Choose the product list file inside it.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened. Close it in Excel and try again.</source>
        <translation>The file {path} cannot be opened. Close it in Excel and try again.</translation>
    </message>
    <message>
        <source>The file {path} is not a product list: it is neither a CSV text file nor a spreadsheet (xlsx, xls, ods). Choose the file you keep your products in.</source>
        <translation>The file {path} is not a product list: it is neither a CSV text file nor a spreadsheet (xlsx, xls, ods). Choose the file you keep your products in.</translation>
    </message>
    <message>
        <source>Line {line}: a quote (&quot;) opens a cell that is never closed, so every line after it would be read as one cell. Remove that quote or close it, save, and try again.</source>
        <translation>Line {line}: a quote (&quot;) opens a cell that is never closed, so every line after it would be read as one cell. Remove that quote or close it, save, and try again.</translation>
    </message>
    <message>
        <source>Line {line} has a cell longer than 128 KB, which no product list has. Check that this is the right file, or save it again from your spreadsheet program.</source>
        <translation>Line {line} has a cell longer than 128 KB, which no product list has. Check that this is the right file, or save it again from your spreadsheet program.</translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read as CSV. Open the file in your spreadsheet program, save it again as CSV, and try again.</source>
        <translation>Line {line} of the file cannot be read as CSV. Open the file in your spreadsheet program, save it again as CSV, and try again.</translation>
    </message>
    <message>
        <source>The spreadsheet {path} cannot be read: it is damaged or protected with a password. Open it in your spreadsheet program, save it again without a password (or as CSV), and try again.</source>
        <translation>The spreadsheet {path} cannot be read: it is damaged or protected with a password. Open it in your spreadsheet program, save it again without a password (or as CSV), and try again.</translation>
    </message>
    <message>
        <source>Line {line} should name the columns, but there is no column for: {missing}. Name the columns sku, name, stock and price (or kode sku, nama, stok and harga).</source>
        <translation>Line {line} should name the columns, but there is no column for: {missing}. Name the columns sku, name, stock and price (or kode sku, nama, stok and harga).</translation>
    </message>
    <message>
        <source>Line {line} of the file is damaged and cannot be read as text. In Excel choose Save As, then &quot;CSV UTF-8 (Comma delimited)&quot;, and load that file.</source>
        <translation>Line {line} of the file is damaged and cannot be read as text. In Excel choose Save As, then &quot;CSV UTF-8 (Comma delimited)&quot;, and load that file.</translation>
    </message>
    <message>
        <source>The file {path} has no products in it. Choose the file with your products, with the columns sku, name, stock and price.</source>
        <translation>The file {path} has no products in it. Choose the file with your products, with the columns sku, name, stock and price.</translation>
    </message>
    <message>
        <source>The file is too big for a product list (more than 50 MB). Choose the file with your products, or save only the sheet with your products as CSV.</source>
        <translation>The file is too big for a product list (more than 50 MB). Choose the file with your products, or save only the sheet with your products as CSV.</translation>
    </message>
    <message>
        <source>Line {line}: there is no SKU code.</source>
        <translation>Line {line}: there is no SKU code.</translation>
    </message>
    <message>
        <source>Line {line}: there is no product name.</source>
        <translation>Line {line}: there is no product name.</translation>
    </message>
    <message>
        <source>Line {line}: there is no stock.</source>
        <translation>Line {line}: there is no stock.</translation>
    </message>
    <message>
        <source>Line {line}: there is no price.</source>
        <translation>Line {line}: there is no price.</translation>
    </message>
    <message>
        <source>Line {line}: the stock &quot;{value}&quot; is not a whole number.</source>
        <translation>Line {line}: the stock &quot;{value}&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; is not an amount in rupiah.</source>
        <translation>Line {line}: the price &quot;{value}&quot; is not an amount in rupiah.</translation>
    </message>
    <message>
        <source>Line {line}: the stock &quot;{value}&quot; is below zero.</source>
        <translation>Line {line}: the stock &quot;{value}&quot; is below zero.</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; is below zero.</source>
        <translation>Line {line}: the price &quot;{value}&quot; is below zero.</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; has cents; write whole rupiah (for example 15000).</source>
        <translation>Line {line}: the price &quot;{value}&quot; has cents; write whole rupiah (for example 15000).</translation>
    </message>
    <message>
        <source>Line {line}: the SKU code &quot;{value}&quot; is also on line {other_line}, so neither line is used. Keep one line per SKU code.</source>
        <translation>Line {line}: the SKU code &quot;{value}&quot; is also on line {other_line}, so neither line is used. Keep one line per SKU code.</translation>
    </message>
    <message>
        <source>Line {line}: there are more cells than columns (&quot;{value}&quot;). Put a name that contains the separator in quotes.</source>
        <translation>Line {line}: there are more cells than columns (&quot;{value}&quot;). Put a name that contains the separator in quotes.</translation>
    </message>
    <message>
        <source>Line {line}: the stock &quot;{value}&quot; is more than JD.ID accepts (at most 9,999,999).</source>
        <translation>Line {line}: the stock &quot;{value}&quot; is more than JD.ID accepts (at most 9,999,999).</translation>
    </message>
    <message>
        <source>Line {line}: the price &quot;{value}&quot; is more than JD.ID accepts (at most Rp 999,999,999).</source>
        <translation>Line {line}: the price &quot;{value}&quot; is more than JD.ID accepts (at most Rp 999,999,999).</translation>
    </message>
    <message>
        <source>Line {line}: a quote (&quot;) opened here is only closed on line {other_line}, so lines {line} to {other_line} were read as one cell and none of them is used. Remove the stray quote.</source>
        <translation>Line {line}: a quote (&quot;) opened here is only closed on line {other_line}, so lines {line} to {other_line} were read as one cell and none of them is used. Remove the stray quote.</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{value}&quot; in the active column should be yes or no (ya or tidak, 1 or 0).</source>
        <translation>Line {line}: &quot;{value}&quot; in the active column should be yes or no (ya or tidak, 1 or 0).</translation>
    </message>
    <message>
        <source>Read the sheet &quot;{sheet}&quot;.</source>
        <translation>Read the sheet &quot;{sheet}&quot;.</translation>
    </message>
    <message>
        <source>Read as text in {encoding}, separated by {separator}.</source>
        <translation>Read as text in {encoding}, separated by {separator}.</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>semicolons (;)</translation>
    </message>
    <message>
        <source>commas (,)</source>
        <translation>commas (,)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
</context>
<context>
    <name>ConnectProblems</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>&amp;Log in again</translation>
    </message>
    <message>
        <source>&amp;Go back to step 12</source>
        <translation>&amp;Go back to step 12</translation>
    </message>
    <message>
        <source>JD.ID does not know this API Key</source>
        <translation>JD.ID does not know this API Key</translation>
    </message>
    <message>
        <source>The API Key in step 12 does not belong to any JD.ID app. Open the developer console, go to your app&apos;s overview (App overview), copy the API Key again and paste it into step 12.</source>
        <translation>The API Key in step 12 does not belong to any JD.ID app. Open the developer console, go to your app&apos;s overview (App overview), copy the API Key again and paste it into step 12.</translation>
    </message>
    <message>
        <source>The API Secret does not match the API Key</source>
        <translation>The API Secret does not match the API Key</translation>
    </message>
    <message>
        <source>JD.ID knows the API Key, but the API Secret is not the one that belongs to it. Open the developer console, go to App overview, copy the API Secret again and paste it into step 12.</source>
        <translation>JD.ID knows the API Key, but the API Secret is not the one that belongs to it. Open the developer console, go to App overview, copy the API Secret again and paste it into step 12.</translation>
    </message>
    <message>
        <source>The API Secret is no longer saved</source>
        <translation>The API Secret is no longer saved</translation>
    </message>
    <message>
        <source>This computer does not have the API Secret any more (it may have been kept for one session only). Paste it again in step 12, then click Check keys.</source>
        <translation>This computer does not have the API Secret any more (it may have been kept for one session only). Paste it again in step 12, then click Check keys.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is wrong</source>
        <translation>Your computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <source>JD.ID refused the request because this computer&apos;s date or time is off by more than a few minutes. Set the date, the time and the time zone correctly (or let the computer set them automatically), then click Retry.</source>
        <translation>JD.ID refused the request because this computer&apos;s date or time is off by more than a few minutes. Set the date, the time and the time zone correctly (or let the computer set them automatically), then click Retry.</translation>
    </message>
    <message>
        <source>JD.ID asks us to slow down</source>
        <translation>JD.ID asks us to slow down</translation>
    </message>
    <message>
        <source>JD.ID received too many requests from this app in a short time. Wait a minute, then click Retry.</source>
        <translation>JD.ID received too many requests from this app in a short time. Wait a minute, then click Retry.</translation>
    </message>
    <message>
        <source>No internet connection</source>
        <translation>No internet connection</translation>
    </message>
    <message>
        <source>This computer cannot reach the internet. Check the cable or Wi-Fi, then click Retry. What you typed is kept.</source>
        <translation>This computer cannot reach the internet. Check the cable or Wi-Fi, then click Retry. What you typed is kept.</translation>
    </message>
    <message>
        <source>JD.ID does not answer</source>
        <translation>JD.ID does not answer</translation>
    </message>
    <message>
        <source>The internet works, but JD.ID did not answer in time. It may be busy. Wait a moment, then click Retry. What you typed is kept.</source>
        <translation>The internet works, but JD.ID did not answer in time. It may be busy. Wait a moment, then click Retry. What you typed is kept.</translation>
    </message>
    <message>
        <source>JD.ID gave an answer we did not expect</source>
        <translation>JD.ID gave an answer we did not expect</translation>
    </message>
    <message>
        <source>JD.ID answered, but not in the way this app understands. Click Retry. If it happens again, save a support file (Help menu) and send it to support.</source>
        <translation>JD.ID answered, but not in the way this app understands. Click Retry. If it happens again, save a support file (Help menu) and send it to support.</translation>
    </message>
    <message>
        <source>JD.ID refused the request</source>
        <translation>JD.ID refused the request</translation>
    </message>
    <message>
        <source>JD.ID refused the request for a reason of its own. Click Retry. If it happens again, save a support file (Help menu) and send it to support.</source>
        <translation>JD.ID refused the request for a reason of its own. Click Retry. If it happens again, save a support file (Help menu) and send it to support.</translation>
    </message>
    <message>
        <source>The Callback URL in your app is not right</source>
        <translation>The Callback URL in your app is not right</translation>
    </message>
    <message>
        <source>JD.ID stopped the login because the Callback URL saved in your app&apos;s settings is not the address this app uses. In the developer console, open App Management, then App Setting, paste the callback URL from step 10 into “Callback URL” and save. Then log in again.</source>
        <translation>JD.ID stopped the login because the Callback URL saved in your app&apos;s settings is not the address this app uses. In the developer console, open App Management, then App Setting, paste the callback URL from step 10 into “Callback URL” and save. Then log in again.</translation>
    </message>
    <message>
        <source>&amp;Go back to step 10 and paste the callback URL again</source>
        <translation>&amp;Go back to step 10 and paste the callback URL again</translation>
    </message>
    <message>
        <source>Your app is not published yet</source>
        <translation>Your app is not published yet</translation>
    </message>
    <message>
        <source>JD.ID only lets a published app log in to a store. In the developer console, publish your app (step 8), then log in again.</source>
        <translation>JD.ID only lets a published app log in to a store. In the developer console, publish your app (step 8), then log in again.</translation>
    </message>
    <message>
        <source>&amp;Go back to step 8 and publish the app</source>
        <translation>&amp;Go back to step 8 and publish the app</translation>
    </message>
    <message>
        <source>Your store is a Basic Seller</source>
        <translation>Your store is a Basic Seller</translation>
    </message>
    <message>
        <source>JD.ID opens its API only to Qualified Sellers, and this store is still a Basic Seller. Ask JD.ID to upgrade the store to Qualified (the JD.ID blog explains how). When JD.ID has confirmed the upgrade, log in again.</source>
        <translation>JD.ID opens its API only to Qualified Sellers, and this store is still a Basic Seller. Ask JD.ID to upgrade the store to Qualified (the JD.ID blog explains how). When JD.ID has confirmed the upgrade, log in again.</translation>
    </message>
    <message>
        <source>How to become a &amp;Qualified Seller</source>
        <translation>How to become a &amp;Qualified Seller</translation>
    </message>
    <message>
        <source>Access was not allowed</source>
        <translation>Access was not allowed</translation>
    </message>
    <message>
        <source>The login ended without allowing this app to work with your store. The app needs that permission to read your products and update stock. Log in again and choose to allow access.</source>
        <translation>The login ended without allowing this app to work with your store. The app needs that permission to read your products and update stock. Log in again and choose to allow access.</translation>
    </message>
    <message>
        <source>The login has expired</source>
        <translation>The login has expired</translation>
    </message>
    <message>
        <source>The login took too long or was already used, so JD.ID did not accept it. Log in again; it only takes a moment.</source>
        <translation>The login took too long or was already used, so JD.ID did not accept it. Log in again; it only takes a moment.</translation>
    </message>
    <message>
        <source>This login answer was refused</source>
        <translation>This login answer was refused</translation>
    </message>
    <message>
        <source>The answer does not belong to the login started here (it may be from an older login or another window), so it was ignored for your safety. Log in again.</source>
        <translation>The answer does not belong to the login started here (it may be from an older login or another window), so it was ignored for your safety. Log in again.</translation>
    </message>
    <message>
        <source>Please log in again</source>
        <translation>Please log in again</translation>
    </message>
    <message>
        <source>The JD.ID login of this app has expired and could not be renewed automatically. Log in again to reconnect your store; nothing else needs to be set up again.</source>
        <translation>The JD.ID login of this app has expired and could not be renewed automatically. Log in again to reconnect your store; nothing else needs to be set up again.</translation>
    </message>
    <message>
        <source>The login did not finish</source>
        <translation>The login did not finish</translation>
    </message>
    <message>
        <source>JD.ID ended the login with an error. Log in again.</source>
        <translation>JD.ID ended the login with an error. Log in again.</translation>
    </message>
    <message>
        <source>The JD.ID login page does not open</source>
        <translation>The JD.ID login page does not open</translation>
    </message>
    <message>
        <source>The login page could not be loaded. Check the internet connection, then click Retry. If it keeps failing, use your own web browser instead (button below).</source>
        <translation>The login page could not be loaded. Check the internet connection, then click Retry. If it keeps failing, use your own web browser instead (button below).</translation>
    </message>
    <message>
        <source>That is not the address we need</source>
        <translation>That is not the address we need</translation>
    </message>
    <message>
        <source>Paste the full address from your browser&apos;s address bar after the login, the one that starts with the callback URL of step 10.</source>
        <translation>Paste the full address from your browser&apos;s address bar after the login, the one that starts with the callback URL of step 10.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>This computer has no password store</source>
        <translation>This computer has no password store</translation>
    </message>
    <message>
        <source>The API Secret and the login must be kept in the computer&apos;s password store, and none is available (or it refused). You can go on for this session only: the secrets stay in memory and are gone when you close the app, so you will have to paste the API Secret and log in again next time. They are never written to a file.</source>
        <translation>The API Secret and the login must be kept in the computer&apos;s password store, and none is available (or it refused). You can go on for this session only: the secrets stay in memory and are gone when you close the app, so you will have to paste the API Secret and log in again next time. They are never written to a file.</translation>
    </message>
    <message>
        <source>&amp;Continue for this session only</source>
        <translation>&amp;Continue for this session only</translation>
    </message>
</context>
<context>
    <name>ConnectedPage</name>
    <message>
        <source>Asking JD.ID about your store…</source>
        <translation>Asking JD.ID about your store…</translation>
    </message>
    <message>
        <source>Wait a moment: the app is asking JD.ID about your store.</source>
        <translation>Wait a moment: the app is asking JD.ID about your store.</translation>
    </message>
    <message>
        <source>The connection could not be confirmed yet. Follow the advice above.</source>
        <translation>The connection could not be confirmed yet. Follow the advice above.</translation>
    </message>
    <message>
        <source>Waiting for JD.ID…</source>
        <translation>Waiting for JD.ID…</translation>
    </message>
    <message>
        <source>JD.ID opens its API only to Qualified Sellers. Upgrade the store first.</source>
        <translation>JD.ID opens its API only to Qualified Sellers. Upgrade the store first.</translation>
    </message>
    <message>
        <source>Choose which store to connect: use the Shop ID JD.ID named, or log in again.</source>
        <translation>Choose which store to connect: use the Shop ID JD.ID named, or log in again.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Store:</translation>
    </message>
    <message>
        <source>App (API Key):</source>
        <translation>App (API Key):</translation>
    </message>
    <message>
        <source>Login valid until:</source>
        <translation>Login valid until:</translation>
    </message>
    <message>
        <source>Seller level:</source>
        <translation>Seller level:</translation>
    </message>
    <message>
        <source>&amp;Use this Shop ID</source>
        <translation>&amp;Use this Shop ID</translation>
    </message>
    <message>
        <source>&amp;Log in again with another account</source>
        <translation>&amp;Log in again with another account</translation>
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
        <translation>%1 (renewed by itself)</translation>
    </message>
    <message>
        <source>Qualified Seller (checked with JD.ID just now)</source>
        <translation>Qualified Seller (checked with JD.ID just now)</translation>
    </message>
    <message>
        <source>Basic Seller: the API is closed to this store</source>
        <translation>Basic Seller: the API is closed to this store</translation>
    </message>
    <message>
        <source>You logged in to the store with Shop ID %1, but in step 12 you typed Shop ID %2. Products and stock would go to the wrong store. If %1 is your store, use that Shop ID. Otherwise log in again with the account of store %2.</source>
        <translation>You logged in to the store with Shop ID %1, but in step 12 you typed Shop ID %2. Products and stock would go to the wrong store. If %1 is your store, use that Shop ID. Otherwise log in again with the account of store %2.</translation>
    </message>
    <message>
        <source>&amp;Use Shop ID %1</source>
        <translation>&amp;Use Shop ID %1</translation>
    </message>
</context>
<context>
    <name>ConsoleCheck</name>
    <message>
        <source>You are not registered as a developer yet. In the practice developer console, fill in the registration with the details of Shop Information and click Register.</source>
        <translation>You are not registered as a developer yet. In the practice developer console, fill in the registration with the details of Shop Information and click Register.</translation>
    </message>
    <message>
        <source>There is no app yet. In the practice developer console, click Create App, open &quot;Seller to JD.ID&quot; and click Create App next to &quot;normal standard API&quot;.</source>
        <translation>There is no app yet. In the practice developer console, click Create App, open &quot;Seller to JD.ID&quot; and click Create App next to &quot;normal standard API&quot;.</translation>
    </message>
    <message>
        <source>The App Name is not your store&apos;s name yet. Store&apos;s name: “{expected}”. App Name now: “{actual}”. Copy the store&apos;s name, paste it as the App Name and click Save.</source>
        <translation>The App Name is not your store&apos;s name yet. Store&apos;s name: “{expected}”. App Name now: “{actual}”. Copy the store&apos;s name, paste it as the App Name and click Save.</translation>
    </message>
    <message>
        <source>The app is not published yet. Open your app in the developer console and click &quot;Publish App&quot;.</source>
        <translation>The app is not published yet. Open your app in the developer console and click &quot;Publish App&quot;.</translation>
    </message>
    <message>
        <source>No Callback URL is saved yet. Open App Setting, paste the Callback URL below into &quot;Callback URL&quot; and click Save.</source>
        <translation>No Callback URL is saved yet. Open App Setting, paste the Callback URL below into &quot;Callback URL&quot; and click Save.</translation>
    </message>
    <message>
        <source>The saved Callback URL has an extra space (or another invisible character) before or after it: “{actual}”. Paste it again without the space and click Save.</source>
        <translation>The saved Callback URL has an extra space (or another invisible character) before or after it: “{actual}”. Paste it again without the space and click Save.</translation>
    </message>
    <message>
        <source>The saved Callback URL starts differently: it must start with “{expected}”, not “{actual}”. Paste the Callback URL below again and click Save.</source>
        <translation>The saved Callback URL starts differently: it must start with “{expected}”, not “{actual}”. Paste the Callback URL below again and click Save.</translation>
    </message>
    <message>
        <source>The saved Callback URL points to another address: “{actual}” instead of “{expected}”. Paste the Callback URL below again and click Save.</source>
        <translation>The saved Callback URL points to another address: “{actual}” instead of “{expected}”. Paste the Callback URL below again and click Save.</translation>
    </message>
    <message>
        <source>The end of the saved Callback URL is different: “{actual}” instead of “{expected}”. Paste the whole Callback URL below again and click Save.</source>
        <translation>The end of the saved Callback URL is different: “{actual}” instead of “{expected}”. Paste the whole Callback URL below again and click Save.</translation>
    </message>
    <message>
        <source>The saved Callback URL is not exactly ours: “{actual}”. Paste the Callback URL below again and click Save.</source>
        <translation>The saved Callback URL is not exactly ours: “{actual}”. Paste the Callback URL below again and click Save.</translation>
    </message>
    <message>
        <source>The practice platform did not answer, so this step could not be checked. Click &quot;Check again&quot;.</source>
        <translation>The practice platform did not answer, so this step could not be checked. Click &quot;Check again&quot;.</translation>
    </message>
    <message>
        <source>The practice platform gave an answer the wizard does not understand, so this step could not be checked. Click &quot;Check again&quot;; if it stays, close the wizard and open it again.</source>
        <translation>The practice platform gave an answer the wizard does not understand, so this step could not be checked. Click &quot;Check again&quot;; if it stays, close the wizard and open it again.</translation>
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
        <translation>In Seller Center, open Shop Information and copy the number next to Shop ID.</translation>
    </message>
    <message>
        <source>In the developer console, open your app&apos;s overview (App overview) and copy the API Key.</source>
        <translation>In the developer console, open your app&apos;s overview (App overview) and copy the API Key.</translation>
    </message>
    <message>
        <source>On the same App overview page, copy the API Secret. It goes to this computer&apos;s password store, never into a file.</source>
        <translation>On the same App overview page, copy the API Secret. It goes to this computer&apos;s password store, never into a file.</translation>
    </message>
    <message>
        <source>Fill in the %1.</source>
        <translation>Fill in the %1.</translation>
    </message>
    <message>
        <source>The %1 has a space in the middle. Copy it again, all in one piece.</source>
        <translation>The %1 has a space in the middle. Copy it again, all in one piece.</translation>
    </message>
    <message>
        <source>The Shop ID is a number: “%2” does not belong in it. Copy only the number from Shop Information.</source>
        <translation>The Shop ID is a number: “%2” does not belong in it. Copy only the number from Shop Information.</translation>
    </message>
    <message>
        <source>This looks like an API Key, not a Shop ID. The Shop ID is a number: find it in Seller Center under Shop Information.</source>
        <translation>This looks like an API Key, not a Shop ID. The Shop ID is a number: find it in Seller Center under Shop Information.</translation>
    </message>
    <message>
        <source>The Shop ID cannot be 0. Copy the number from Seller Center, Shop Information.</source>
        <translation>The Shop ID cannot be 0. Copy the number from Seller Center, Shop Information.</translation>
    </message>
    <message>
        <source>The %1 has only letters and digits: “%2” does not belong in it. Copy it again.</source>
        <translation>The %1 has only letters and digits: “%2” does not belong in it. Copy it again.</translation>
    </message>
    <message>
        <source>The %1 has only letters and digits, and what you pasted has another sign in it. Copy it again.</source>
        <translation>The %1 has only letters and digits, and what you pasted has another sign in it. Copy it again.</translation>
    </message>
    <message>
        <source>The %1 looks cut off: it should have at least %2 characters. Copy it again, all of it.</source>
        <translation>The %1 looks cut off: it should have at least %2 characters. Copy it again, all of it.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters). Copy only the value, nothing around it.</source>
        <translation>The %1 is too long (at most %2 characters). Copy only the value, nothing around it.</translation>
    </message>
    <message>
        <source>The API Secret is the same as the API Key. Copy the API Secret: it is the second value on App overview.</source>
        <translation>The API Secret is the same as the API Key. Copy the API Secret: it is the second value on App overview.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Hide the API Secret</source>
        <translation>Hide the API Secret</translation>
    </message>
    <message>
        <source>Show the API Secret</source>
        <translation>Show the API Secret</translation>
    </message>
    <message>
        <source>Saved on this computer; leave empty to keep it</source>
        <translation>Saved on this computer; leave empty to keep it</translation>
    </message>
    <message>
        <source>Fill in the Shop ID, the API Key and the API Secret to go on.</source>
        <translation>Fill in the Shop ID, the API Key and the API Secret to go on.</translation>
    </message>
    <message>
        <source>Fix what is marked in red under the fields to go on.</source>
        <translation>Fix what is marked in red under the fields to go on.</translation>
    </message>
    <message>
        <source>Where to find the Shop ID in Seller Center</source>
        <translation>Where to find the Shop ID in Seller Center</translation>
    </message>
    <message>
        <source>Where to find the API Key and API Secret in the developer console</source>
        <translation>Where to find the API Key and API Secret in the developer console</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Practice finished: you did every step</source>
        <translation>Practice finished: you did every step</translation>
    </message>
    <message>
        <source>Your JD.ID store is connected</source>
        <translation>Your JD.ID store is connected</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <source>Export sync:</source>
        <translation>Export sync:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>Product list:</source>
        <translation>Product list:</translation>
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
        <translation>Not imported yet (step 16)</translation>
    </message>
    <message>
        <source>%1 linked to products you had, %2 new, %3 to fix</source>
        <translation>%1 linked to products you had, %2 new, %3 to fix</translation>
    </message>
    <message>
        <source>On: changes are sent to JD.ID</source>
        <translation>On: changes are sent to JD.ID</translation>
    </message>
    <message>
        <source>Off: nothing is changed on JD.ID</source>
        <translation>Off: nothing is changed on JD.ID</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>What next</translation>
    </message>
    <message>
        <source>This was practice: nothing was changed on JD.ID, and the practice products stay apart from your real ones. Now connect your real store; the steps are the same.</source>
        <translation>This was practice: nothing was changed on JD.ID, and the practice products stay apart from your real ones. Now connect your real store; the steps are the same.</translation>
    </message>
    <message>
        <source>Export sync is On: when your product list changes, open step 17 and click &quot;Check for changes and send&quot;; you see every change before it goes to JD.ID. You can close this wizard.</source>
        <translation>Export sync is On: when your product list changes, open step 17 and click &quot;Check for changes and send&quot;; you see every change before it goes to JD.ID. You can close this wizard.</translation>
    </message>
    <message>
        <source>Export sync is Off, so JD.ID keeps its own stock and prices. When you want your product list to update JD.ID, open the wizard again and turn it On at step 17. You can close this wizard.</source>
        <translation>Export sync is Off, so JD.ID keeps its own stock and prices. When you want your product list to update JD.ID, open the wizard again and turn it On at step 17. You can close this wizard.</translation>
    </message>
    <message>
        <source>Connect my real store</source>
        <translation>Connect my real store</translation>
    </message>
</context>
<context>
    <name>ExportSync</name>
    <message>
        <source>Export sync was turned off, so the rest was not sent to JD.ID.</source>
        <translation>Export sync was turned off, so the rest was not sent to JD.ID.</translation>
    </message>
    <message>
        <source>Your JD.ID login has expired. Log in to JD.ID again (step 14), then sync again.</source>
        <translation>Your JD.ID login has expired. Log in to JD.ID again (step 14), then sync again.</translation>
    </message>
    <message>
        <source>The Callback URL saved in the practice developer console is not the practice platform&apos;s, so the practice login stopped. Open the wizard in practice mode, fix it at step 10 (or click “Do this step for me” there), then run this command again.</source>
        <translation>The Callback URL saved in the practice developer console is not the practice platform&apos;s, so the practice login stopped. Open the wizard in practice mode, fix it at step 10 (or click “Do this step for me” there), then run this command again.</translation>
    </message>
    <message>
        <source>The practice app is not published yet, so the practice login stopped. Open the wizard in practice mode, publish the app at step 8 (or click “Do this step for me” there), then run this command again.</source>
        <translation>The practice app is not published yet, so the practice login stopped. Open the wizard in practice mode, publish the app at step 8 (or click “Do this step for me” there), then run this command again.</translation>
    </message>
    <message>
        <source>JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. Upgrade to Qualified Seller in Seller Center first.</source>
        <translation>JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. Upgrade to Qualified Seller in Seller Center first.</translation>
    </message>
    <message>
        <source>JD.ID does not know this API Key. Check it in step 12.</source>
        <translation>JD.ID does not know this API Key. Check it in step 12.</translation>
    </message>
    <message>
        <source>JD.ID does not accept this API Secret. Check it in step 12.</source>
        <translation>JD.ID does not accept this API Secret. Check it in step 12.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong, so JD.ID refuses the requests. Let the computer set its date and time automatically, then try again.</source>
        <translation>This computer&apos;s clock is wrong, so JD.ID refuses the requests. Let the computer set its date and time automatically, then try again.</translation>
    </message>
    <message>
        <source>JD.ID is limiting requests right now. Wait a minute, then sync again.</source>
        <translation>JD.ID is limiting requests right now. Wait a minute, then sync again.</translation>
    </message>
    <message>
        <source>There is no internet connection. Connect, then sync again.</source>
        <translation>There is no internet connection. Connect, then sync again.</translation>
    </message>
    <message>
        <source>JD.ID is not answering. Try again in a few minutes.</source>
        <translation>JD.ID is not answering. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>JD.ID gave an answer the wizard does not understand. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID gave an answer the wizard does not understand. Try again later; if it keeps happening, send the diagnostics file to support.</translation>
    </message>
    <message>
        <source>JD.ID refused a request. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID refused a request. Try again later; if it keeps happening, send the diagnostics file to support.</translation>
    </message>
    <message>
        <source>JD.ID refused it: {message}</source>
        <translation>JD.ID refused it: {message}</translation>
    </message>
    <message>
        <source>JD.ID did not confirm this change.</source>
        <translation>JD.ID did not confirm this change.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Take off sale</source>
        <translation>Take off sale</translation>
    </message>
    <message>
        <source>Put back on sale</source>
        <translation>Put back on sale</translation>
    </message>
    <message>
        <source>This would set the stock of {count} of your {linked} linked JD.ID products to 0, so buyers could not order them any more. This often means the master file is the wrong one or is missing stock numbers. Check the file first.</source>
        <translation>This would set the stock of {count} of your {linked} linked JD.ID products to 0, so buyers could not order them any more. This often means the master file is the wrong one or is missing stock numbers. Check the file first.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Type your store&apos;s name as it appears on JD.ID to go on.</source>
        <translation>Type your store&apos;s name as it appears on JD.ID to go on.</translation>
    </message>
    <message>
        <source>The practice platform could not start, so there is nothing to copy here. Close the wizard and open it again, or go back and choose your real store.</source>
        <translation>The practice platform could not start, so there is nothing to copy here. Close the wizard and open it again, or go back and choose your real store.</translation>
    </message>
    <message>
        <source>Copied: paste it into the chat with your support</source>
        <translation>Copied: paste it into the chat with your support</translation>
    </message>
    <message>
        <source>Please wait: the practice platform is still starting.</source>
        <translation>Please wait: the practice platform is still starting.</translation>
    </message>
    <message>
        <source>When you have done this step, tick “%1” to go on.</source>
        <translation>When you have done this step, tick “%1” to go on.</translation>
    </message>
    <message>
        <source>Copy instructions</source>
        <translation>Copy instructions</translation>
    </message>
    <message>
        <source>Puts this step&apos;s instructions on the clipboard, ready to paste into a chat.</source>
        <translation>Puts this step&apos;s instructions on the clipboard, ready to paste into a chat.</translation>
    </message>
</context>
<context>
    <name>GuidePdf</name>
    <message>
        <source>How to connect your JD.ID store</source>
        <translation>How to connect your JD.ID store</translation>
    </message>
    <message>
        <source>JD.ID Setup Wizard</source>
        <translation>JD.ID Setup Wizard</translation>
    </message>
    <message>
        <source>Printed guide of the %1, version %2, made on %3</source>
        <translation>Printed guide of the %1, version %2, made on %3</translation>
    </message>
    <message>
        <source>Keep this guide next to your computer. Each section is one page of the wizard, in the same order, with the same picture. The wizard&apos;s buttons are written in bold, as on the screen: the red one is the one to press. A page goes on with Next (bottom right) once it is done.</source>
        <translation>Keep this guide next to your computer. Each section is one page of the wizard, in the same order, with the same picture. The wizard&apos;s buttons are written in bold, as on the screen: the red one is the one to press. A page goes on with Next (bottom right) once it is done.</translation>
    </message>
    <message>
        <source>In the wizard, press the red Check keys button. The wizard checks your API Key and API Secret with JD.ID; after a few seconds it says they are accepted, or what to fix.</source>
        <translation>In the wizard, press the red Check keys button. The wizard checks your API Key and API Secret with JD.ID; after a few seconds it says they are accepted, or what to fix.</translation>
    </message>
    <message>
        <source>In the wizard, press Log in. JD.ID&apos;s login page opens inside the wizard: log in with your Seller Center email and password and allow access.</source>
        <translation>In the wizard, press Log in. JD.ID&apos;s login page opens inside the wizard: log in with your Seller Center email and password and allow access.</translation>
    </message>
    <message>
        <source>The wizard shows your store&apos;s name and Shop ID and confirms that it is a Qualified Seller. If the name is right, go on with Next.</source>
        <translation>The wizard shows your store&apos;s name and Shop ID and confirms that it is a Qualified Seller. If the name is right, go on with Next.</translation>
    </message>
    <message>
        <source>In the wizard, press Start import. Your JD.ID products that passed JD.ID&apos;s product check (QC) come into your product list and are linked by their SKU code. At the end the wizard lists the products that need your attention.</source>
        <translation>In the wizard, press Start import. Your JD.ID products that passed JD.ID&apos;s product check (QC) come into your product list and are linked by their SKU code. At the end the wizard lists the products that need your attention.</translation>
    </message>
    <message>
        <source>Export sync starts Off: nothing on JD.ID changes. When you want your product list to update stock, prices and listings on JD.ID, turn the switch On. The wizard first shows every change it would send; nothing is sent until you agree.</source>
        <translation>Export sync starts Off: nothing on JD.ID changes. When you want your product list to update stock, prices and listings on JD.ID, turn the switch On. The wizard first shows every change it would send; nothing is sent until you agree.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help and information</source>
        <translation>Help and information</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>JD.ID Setup Wizard</source>
        <translation>JD.ID Setup Wizard</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Each page of the wizard explains one step. If you are stuck, save a diagnostics file below and send it to the person who helps you.</source>
        <translation>Each page of the wizard explains one step. If you are stuck, save a diagnostics file below and send it to the person who helps you.</translation>
    </message>
    <message>
        <source>You are on: %1. Tell this to the person who helps you.</source>
        <translation>You are on: %1. Tell this to the person who helps you.</translation>
    </message>
    <message>
        <source>Where the app keeps its files</source>
        <translation>Where the app keeps its files</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Settings folder:</source>
        <translation>Settings folder:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Diagnostics for support</source>
        <translation>Diagnostics for support</translation>
    </message>
    <message>
        <source>The diagnostics file is a zip with the app&apos;s log, settings, your progress in the wizard and the version numbers. Your API Secret, login tokens and passwords are removed from it.</source>
        <translation>The diagnostics file is a zip with the app&apos;s log, settings, your progress in the wizard and the version numbers. Your API Secret, login tokens and passwords are removed from it.</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Save diagnostics…</translation>
    </message>
    <message>
        <source>Printable guide</source>
        <translation>Printable guide</translation>
    </message>
    <message>
        <source>Save every step of this guide, with its pictures, as a PDF file to print or to send to someone who helps you. It is saved in the language shown now.</source>
        <translation>Save every step of this guide, with its pictures, as a PDF file to print or to send to someone who helps you. It is saved in the language shown now.</translation>
    </message>
    <message>
        <source>Save the guide as PDF…</source>
        <translation>Save the guide as PDF…</translation>
    </message>
    <message>
        <source>Show the file</source>
        <translation>Show the file</translation>
    </message>
    <message>
        <source>A file is being saved; this button is available again when it is done.</source>
        <translation>A file is being saved; this button is available again when it is done.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created (%2).</source>
        <translation>The folder %1 could not be created (%2).</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Save diagnostics</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>jdid-setup-guide</source>
        <translation>jdid-setup-guide</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Save the guide as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the diagnostics file…</source>
        <translation>Saving the diagnostics file…</translation>
    </message>
    <message>
        <source>Saving the guide…</source>
        <translation>Saving the guide…</translation>
    </message>
    <message>
        <source>Saved as %1. Send this file to the person who helps you.</source>
        <translation>Saved as %1. Send this file to the person who helps you.</translation>
    </message>
    <message>
        <source>The guide was saved as %1.</source>
        <translation>The guide was saved as %1.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1 (%2). Choose another folder, for example your Documents folder, and try again.</source>
        <translation>The file could not be saved as %1 (%2). Choose another folder, for example your Documents folder, and try again.</translation>
    </message>
    <message>
        <source>Something went wrong while saving the file. Please try again.</source>
        <translation>Something went wrong while saving the file. Please try again.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Your store is not connected yet. Go back to step 12, fill in the Shop ID, API Key and API Secret, then click Check keys and log in.</source>
        <translation>Your store is not connected yet. Go back to step 12, fill in the Shop ID, API Key and API Secret, then click Check keys and log in.</translation>
    </message>
    <message>
        <source>The API Secret is not saved on this computer any more. Go back to step 12 and paste it again, then come back here.</source>
        <translation>The API Secret is not saved on this computer any more. Go back to step 12 and paste it again, then come back here.</translation>
    </message>
    <message>
        <source>There is no JD.ID login saved on this computer. Log in to JD.ID in step 14, then come back here.</source>
        <translation>There is no JD.ID login saved on this computer. Log in to JD.ID in step 14, then come back here.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Click Retry in a moment.</source>
        <translation>The practice platform is still starting. Click Retry in a moment.</translation>
    </message>
    <message>
        <source>The password store of this computer cannot be opened, so the saved JD.ID login cannot be read. Unlock it (or log in to your computer again), then click Retry.</source>
        <translation>The password store of this computer cannot be opened, so the saved JD.ID login cannot be read. Unlock it (or log in to your computer again), then click Retry.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Your store is connected. Now the wizard brings your products in from JD.ID: click Start import. It can take a few minutes for a big store; you can keep using the computer meanwhile. After this, one more step: export sync.</source>
        <translation>Your store is connected. Now the wizard brings your products in from JD.ID: click Start import. It can take a few minutes for a big store; you can keep using the computer meanwhile. After this, one more step: export sync.</translation>
    </message>
    <message>
        <source>Only products that have passed JD.ID’s product check (“QC passed”) are imported. Products still waiting for QC, or rejected, are left out and listed at the end, so you know which ones to fix.
Each JD.ID product is linked to your own product with the same SKU code. If none of your products has that code yet, a new product is made for it.</source>
        <translation>Only products that have passed JD.ID’s product check (“QC passed”) are imported. Products still waiting for QC, or rejected, are left out and listed at the end, so you know which ones to fix.
Each JD.ID product is linked to your own product with the same SKU code. If none of your products has that code yet, a new product is made for it.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Your JD.ID products are imported</source>
        <translation>Your JD.ID products are imported</translation>
    </message>
    <message>
        <source>%1 products were imported. Open the wizard to see the report.</source>
        <translation>%1 products were imported. Open the wizard to see the report.</translation>
    </message>
    <message>
        <source>The import of your JD.ID products stopped</source>
        <translation>The import of your JD.ID products stopped</translation>
    </message>
    <message>
        <source>Saved “%1” (%2 rows) to %3.</source>
        <translation>Saved “%1” (%2 rows) to %3.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Saving your products…</source>
        <translation>Saving your products…</translation>
    </message>
    <message>
        <source>Nothing was saved from the file.</source>
        <translation>Nothing was saved from the file.</translation>
    </message>
    <message>
        <source>%1 products from your list are saved. The import links JD.ID products to them by SKU code.</source>
        <translation>%1 products from your list are saved. The import links JD.ID products to them by SKU code.</translation>
    </message>
    <message>
        <source>Click Import again, below the report, to link them now.</source>
        <translation>Click Import again, below the report, to link them now.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Close it in other programs and try again.</source>
        <translation>The file %1 could not be read. Close it in other programs and try again.</translation>
    </message>
    <message>
        <source>Wait a moment: the wizard is looking at your product list.</source>
        <translation>Wait a moment: the wizard is looking at your product list.</translation>
    </message>
    <message>
        <source>Wait a moment: the wizard is reading your master SKU list.</source>
        <translation>Wait a moment: the wizard is reading your master SKU list.</translation>
    </message>
    <message>
        <source>Click Start import to bring your products in from JD.ID.</source>
        <translation>Click Start import to bring your products in from JD.ID.</translation>
    </message>
    <message>
        <source>The import is running. Next comes on when it has finished; you can also cancel it and continue later.</source>
        <translation>The import is running. Next comes on when it has finished; you can also cancel it and continue later.</translation>
    </message>
    <message>
        <source>Stopping the import at a safe point…</source>
        <translation>Stopping the import at a safe point…</translation>
    </message>
    <message>
        <source>The import stopped half-way. Click Resume to finish it.</source>
        <translation>The import stopped half-way. Click Resume to finish it.</translation>
    </message>
    <message>
        <source>The import cannot go on yet: see what to do above, then click Retry.</source>
        <translation>The import cannot go on yet: see what to do above, then click Retry.</translation>
    </message>
    <message>
        <source>Looking at your product list…</source>
        <translation>Looking at your product list…</translation>
    </message>
    <message>
        <source>&amp;Go to step %1</source>
        <translation>&amp;Go to step %1</translation>
    </message>
    <message>
        <source>The import is paused</source>
        <translation>The import is paused</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>The import stopped</translation>
    </message>
    <message>
        <source>Asking JD.ID for your product list…</source>
        <translation>Asking JD.ID for your product list…</translation>
    </message>
    <message>
        <source>Linking your products by SKU code…</source>
        <translation>Linking your products by SKU code…</translation>
    </message>
    <message>
        <source>Importing your products from JD.ID…</source>
        <translation>Importing your products from JD.ID…</translation>
    </message>
    <message>
        <source>Working out how long it takes…</source>
        <translation>Working out how long it takes…</translation>
    </message>
    <message>
        <source>About %1 left.</source>
        <translation>About %1 left.</translation>
    </message>
    <message>
        <source>%1 products checked so far, %2 SKUs read.</source>
        <translation>%1 products checked so far, %2 SKUs read.</translation>
    </message>
    <message>
        <source>%1 of %2 products checked, %3 SKUs read.</source>
        <translation>%1 of %2 products checked, %3 SKUs read.</translation>
    </message>
    <message>
        <source>%1 JD.ID products (SKUs) are in your product list: %2 linked to products you already had, %3 new. It took %4.</source>
        <translation>%1 JD.ID products (SKUs) are in your product list: %2 linked to products you already had, %3 new. It took %4.</translation>
    </message>
    <message>
        <source>%1 products imported before are not imported any more (not QC-passed now, or deleted); they are no longer linked.</source>
        <translation>%1 products imported before are not imported any more (not QC-passed now, or deleted); they are no longer linked.</translation>
    </message>
    <message>
        <source>Some products need your attention: see the lists below. You can fix them later and import again.</source>
        <translation>Some products need your attention: see the lists below. You can fix them later and import again.</translation>
    </message>
    <message>
        <source>Practice mode: the products come from the practice store and go into a separate practice product list, never into your real one.</source>
        <translation>Practice mode: the products come from the practice store and go into a separate practice product list, never into your real one.</translation>
    </message>
    <message>
        <source>Your master SKU list (optional)</source>
        <translation>Your master SKU list (optional)</translation>
    </message>
    <message>
        <source>Do you already keep your products with their SKU codes in a spreadsheet? Save it as CSV with the columns sku, name, stock and price and load it before the import: JD.ID products with the same SKU code are then linked to them. You will see a summary first; nothing is saved until you accept it.</source>
        <translation>Do you already keep your products with their SKU codes in a spreadsheet? Save it as CSV with the columns sku, name, stock and price and load it before the import: JD.ID products with the same SKU code are then linked to them. You will see a summary first; nothing is saved until you accept it.</translation>
    </message>
    <message>
        <source>&amp;Load my master SKU list (optional)…</source>
        <translation>&amp;Load my master SKU list (optional)…</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Start import</translation>
    </message>
    <message>
        <source>Your products are being imported from JD.ID. You can leave this window open in the background; you will be told when it is done.</source>
        <translation>Your products are being imported from JD.ID. You can leave this window open in the background; you will be told when it is done.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Stops at a safe point. Resume later continues where it stopped.</source>
        <translation>Stops at a safe point. Resume later continues where it stopped.</translation>
    </message>
    <message>
        <source>&amp;Resume import</source>
        <translation>&amp;Resume import</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>The import is finished</source>
        <translation>The import is finished</translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation>&amp;Import again</translation>
    </message>
    <message>
        <source>After fixing products in JD.ID Seller Center, import again to bring them in.</source>
        <translation>After fixing products in JD.ID Seller Center, import again to bring them in.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>These JD.ID products are now in your product list. Nothing to do.</source>
        <translation>These JD.ID products are now in your product list. Nothing to do.</translation>
    </message>
    <message>
        <source>Linked to your products</source>
        <translation>Linked to your products</translation>
    </message>
    <message>
        <source>These JD.ID products have the same SKU code as a product you already had and are now linked to it. Nothing to do.</source>
        <translation>These JD.ID products have the same SKU code as a product you already had and are now linked to it. Nothing to do.</translation>
    </message>
    <message>
        <source>New products</source>
        <translation>New products</translation>
    </message>
    <message>
        <source>None of your products had these SKU codes, so a new product was made for each. Check their names, stock and prices. If one is really a product you already have, give both the same SKU code and import again.</source>
        <translation>None of your products had these SKU codes, so a new product was made for each. Check their names, stock and prices. If one is really a product you already have, give both the same SKU code and import again.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>These products have not passed JD.ID&apos;s quality check (QC) yet, or were deleted on JD.ID, so they were not imported. When JD.ID approves them, import again.</source>
        <translation>These products have not passed JD.ID&apos;s quality check (QC) yet, or were deleted on JD.ID, so they were not imported. When JD.ID approves them, import again.</translation>
    </message>
    <message>
        <source>No SKU code</source>
        <translation>No SKU code</translation>
    </message>
    <message>
        <source>These JD.ID products have no SKU code, so they cannot be linked to your products. Fill in the SKU code in JD.ID Seller Center, then import again.</source>
        <translation>These JD.ID products have no SKU code, so they cannot be linked to your products. Fill in the SKU code in JD.ID Seller Center, then import again.</translation>
    </message>
    <message>
        <source>Same SKU code on several products</source>
        <translation>Same SKU code on several products</translation>
    </message>
    <message>
        <source>Two or more JD.ID products share each of these SKU codes, so none of them was linked. In JD.ID Seller Center give each product its own SKU code (or remove the extra copy), then import again.</source>
        <translation>Two or more JD.ID products share each of these SKU codes, so none of them was linked. In JD.ID Seller Center give each product its own SKU code (or remove the extra copy), then import again.</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Your product</source>
        <translation>Your product</translation>
    </message>
    <message>
        <source>JD.ID product</source>
        <translation>JD.ID product</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>JD.ID SKU ID</source>
        <translation>JD.ID SKU ID</translation>
    </message>
    <message>
        <source>JD.ID product ID</source>
        <translation>JD.ID product ID</translation>
    </message>
    <message>
        <source>Price (Rp)</source>
        <translation>Price (Rp)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>QC status</source>
        <translation>QC status</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>Listing status</translation>
    </message>
    <message>
        <source>Why not imported</source>
        <translation>Why not imported</translation>
    </message>
    <message>
        <source>Waiting for QC</source>
        <translation>Waiting for QC</translation>
    </message>
    <message>
        <source>QC passed</source>
        <translation>QC passed</translation>
    </message>
    <message>
        <source>Rejected by QC</source>
        <translation>Rejected by QC</translation>
    </message>
    <message>
        <source>Changes waiting for QC</source>
        <translation>Changes waiting for QC</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>Off sale</translation>
    </message>
    <message>
        <source>Blocked by JD.ID</source>
        <translation>Blocked by JD.ID</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Not QC-passed</source>
        <translation>Not QC-passed</translation>
    </message>
    <message>
        <source>Deleted on JD.ID</source>
        <translation>Deleted on JD.ID</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Same SKU code twice</source>
        <translation>Same SKU code twice</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The import was stopped. Start it again to continue where it stopped.</source>
        <translation>The import was stopped. Start it again to continue where it stopped.</translation>
    </message>
    <message>
        <source>Your JD.ID login has expired. Log in to JD.ID again (step 14), then start the import again: it continues where it stopped.</source>
        <translation>Your JD.ID login has expired. Log in to JD.ID again (step 14), then start the import again: it continues where it stopped.</translation>
    </message>
    <message>
        <source>JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. Upgrade to Qualified Seller in Seller Center first.</source>
        <translation>JD.ID says this store is not a Qualified Seller, so it cannot use the Open API. Upgrade to Qualified Seller in Seller Center first.</translation>
    </message>
    <message>
        <source>JD.ID does not know this API Key. Check it in step 12.</source>
        <translation>JD.ID does not know this API Key. Check it in step 12.</translation>
    </message>
    <message>
        <source>JD.ID does not accept this API Secret. Check it in step 12.</source>
        <translation>JD.ID does not accept this API Secret. Check it in step 12.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong, so JD.ID refuses the requests. Let the computer set its date and time automatically, then try again.</source>
        <translation>This computer&apos;s clock is wrong, so JD.ID refuses the requests. Let the computer set its date and time automatically, then try again.</translation>
    </message>
    <message>
        <source>JD.ID is limiting requests right now. Wait a minute and start the import again: it continues where it stopped.</source>
        <translation>JD.ID is limiting requests right now. Wait a minute and start the import again: it continues where it stopped.</translation>
    </message>
    <message>
        <source>There is no internet connection. Connect, then start the import again: it continues where it stopped.</source>
        <translation>There is no internet connection. Connect, then start the import again: it continues where it stopped.</translation>
    </message>
    <message>
        <source>JD.ID is not answering. Try again in a few minutes: the import continues where it stopped.</source>
        <translation>JD.ID is not answering. Try again in a few minutes: the import continues where it stopped.</translation>
    </message>
    <message>
        <source>JD.ID gave an answer the wizard does not understand. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID gave an answer the wizard does not understand. Try again later; if it keeps happening, send the diagnostics file to support.</translation>
    </message>
    <message>
        <source>JD.ID refused a request. Try again later; if it keeps happening, send the diagnostics file to support.</source>
        <translation>JD.ID refused a request. Try again later; if it keeps happening, send the diagnostics file to support.</translation>
    </message>
    <message>
        <source>The Callback URL saved in the practice developer console is not the practice platform&apos;s, so the practice login stopped. Open the wizard in practice mode, fix it at step 10 (or click “Do this step for me” there), then run this command again.</source>
        <translation>The Callback URL saved in the practice developer console is not the practice platform&apos;s, so the practice login stopped. Open the wizard in practice mode, fix it at step 10 (or click “Do this step for me” there), then run this command again.</translation>
    </message>
    <message>
        <source>The practice app is not published yet, so the practice login stopped. Open the wizard in practice mode, publish the app at step 8 (or click “Do this step for me” there), then run this command again.</source>
        <translation>The practice app is not published yet, so the practice login stopped. Open the wizard in practice mode, publish the app at step 8 (or click “Do this step for me” there), then run this command again.</translation>
    </message>
    <message>
        <source>The import was stopped by the computer, perhaps because it ran short of memory. Close other programs, then start the import again: it continues where it stopped.</source>
        <translation>The import was stopped by the computer, perhaps because it ran short of memory. Close other programs, then start the import again: it continues where it stopped.</translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Start the import again; if it keeps happening, send the diagnostics file to support.</source>
        <translation>Something went wrong inside the wizard. Start the import again; if it keeps happening, send the diagnostics file to support.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>Save the list as a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be saved. Choose another folder (for example Documents) and try again.</source>
        <translation>The file %1 could not be saved. Choose another folder (for example Documents) and try again.</translation>
    </message>
    <message>
        <source>The list could not be read from the product list file. Close this window and open it again.</source>
        <translation>The list could not be read from the product list file. Close this window and open it again.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>Saved %1 rows to %2.</translation>
    </message>
    <message>
        <source>Reading the list… %1 of %2 rows</source>
        <translation>Reading the list… %1 of %2 rows</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the list: %1</source>
        <translation>Show the list: %1</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Save the list as CSV: %1</source>
        <translation>Save the list as CSV: %1</translation>
    </message>
    <message>
        <source>This list is empty.</source>
        <translation>This list is empty.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>Checking your API Key and API Secret with JD.ID…</source>
        <translation>Checking your API Key and API Secret with JD.ID…</translation>
    </message>
    <message>
        <source>Wait a moment: JD.ID is checking your API Key and API Secret.</source>
        <translation>Wait a moment: JD.ID is checking your API Key and API Secret.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Check keys works in a moment.</source>
        <translation>The practice platform is still starting. Check keys works in a moment.</translation>
    </message>
    <message>
        <source>Do what the message above says; then Check keys can go on.</source>
        <translation>Do what the message above says; then Check keys can go on.</translation>
    </message>
    <message>
        <source>Click Check keys to check your API Key and API Secret with JD.ID.</source>
        <translation>Click Check keys to check your API Key and API Secret with JD.ID.</translation>
    </message>
    <message>
        <source>JD.ID accepted your API Key and API Secret. The API Secret is kept in memory for this session only. Click Next to log in.</source>
        <translation>JD.ID accepted your API Key and API Secret. The API Secret is kept in memory for this session only. Click Next to log in.</translation>
    </message>
    <message>
        <source>JD.ID accepted your API Key and API Secret. The Shop ID and API Key are saved in the settings, the API Secret in this computer&apos;s password store. Click Next to log in.</source>
        <translation>JD.ID accepted your API Key and API Secret. The Shop ID and API Key are saved in the settings, the API Secret in this computer&apos;s password store. Click Next to log in.</translation>
    </message>
    <message>
        <source>as typed (hidden)</source>
        <translation>as typed (hidden)</translation>
    </message>
    <message>
        <source>the one saved earlier</source>
        <translation>the one saved earlier</translation>
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
        <translation>&amp;Check keys</translation>
    </message>
</context>
<context>
    <name>LinkNotice</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Practice mode</translation>
    </message>
    <message>
        <source>In practice mode this button does not open JD.ID&apos;s website: JD.ID closed its sites in 2023, and practice never touches a real store. Read what the step says and use the practice account shown on the page. For your real store this button opens the address below.</source>
        <translation>In practice mode this button does not open JD.ID&apos;s website: JD.ID closed its sites in 2023, and practice never touches a real store. Read what the step says and use the practice account shown on the page. For your real store this button opens the address below.</translation>
    </message>
    <message>
        <source>The browser did not open</source>
        <translation>The browser did not open</translation>
    </message>
    <message>
        <source>Your web browser did not open. Copy the address below and paste it into your browser&apos;s address bar.</source>
        <translation>Your web browser did not open. Copy the address below and paste it into your browser&apos;s address bar.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Wait a moment: JD.ID is confirming your login.</source>
        <translation>Wait a moment: JD.ID is confirming your login.</translation>
    </message>
    <message>
        <source>Go back to step 13 and click Check keys first.</source>
        <translation>Go back to step 13 and click Check keys first.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Log in in a moment.</source>
        <translation>The practice platform is still starting. Log in in a moment.</translation>
    </message>
    <message>
        <source>Log in and allow access in the JD.ID page below to go on.</source>
        <translation>Log in and allow access in the JD.ID page below to go on.</translation>
    </message>
    <message>
        <source>Do what the message above says; then the login can go on.</source>
        <translation>Do what the message above says; then the login can go on.</translation>
    </message>
    <message>
        <source>Click “Use my own browser instead” to log in.</source>
        <translation>Click “Use my own browser instead” to log in.</translation>
    </message>
    <message>
        <source>Click Log in to connect your store.</source>
        <translation>Click Log in to connect your store.</translation>
    </message>
    <message>
        <source>Opening the JD.ID login page…</source>
        <translation>Opening the JD.ID login page…</translation>
    </message>
    <message>
        <source>Log in with your JD.ID seller email and password, then allow access.</source>
        <translation>Log in with your JD.ID seller email and password, then allow access.</translation>
    </message>
    <message>
        <source>JD.ID says the email or password is not right. Check both and try again in the form below.</source>
        <translation>JD.ID says the email or password is not right. Check both and try again in the form below.</translation>
    </message>
    <message>
        <source>The JD.ID login is open in your web browser. Log in and allow access there.</source>
        <translation>The JD.ID login is open in your web browser. Log in and allow access there.</translation>
    </message>
    <message>
        <source>JD.ID accepted the login. Getting the access for this app…</source>
        <translation>JD.ID accepted the login. Getting the access for this app…</translation>
    </message>
    <message>
        <source>You are logged in to the store with Shop ID %1. Click Next.</source>
        <translation>You are logged in to the store with Shop ID %1. Click Next.</translation>
    </message>
    <message>
        <source>You are logged in. Click Next.</source>
        <translation>You are logged in. Click Next.</translation>
    </message>
    <message>
        <source>Nothing is pasted yet. In your browser, after you allowed access, copy the whole address from the address bar and paste it into the field below, then click Continue.</source>
        <translation>Nothing is pasted yet. In your browser, after you allowed access, copy the whole address from the address bar and paste it into the field below, then click Continue.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Use my own &amp;browser instead</source>
        <translation>Use my own &amp;browser instead</translation>
    </message>
    <message>
        <source>After you allow access, your browser opens an address that starts with the callback URL of step 10 (the page itself may show an error; that is fine). Copy that whole address from the address bar and paste it here:</source>
        <translation>After you allow access, your browser opens an address that starts with the callback URL of step 10 (the page itself may show an error; that is fine). Copy that whole address from the address bar and paste it here:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>The address your browser landed on</source>
        <translation>The address your browser landed on</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>That link leads away from the JD.ID login, so it was opened in your web browser ({host}). Finish the login here.</source>
        <translation>That link leads away from the JD.ID login, so it was opened in your web browser ({host}). Finish the login here.</translation>
    </message>
    <message>
        <source>The login page tried to open {host}, which is not part of the JD.ID login. It was blocked. Finish the login here.</source>
        <translation>The login page tried to open {host}, which is not part of the JD.ID login. It was blocked. Finish the login here.</translation>
    </message>
</context>
<context>
    <name>MastersDialog</name>
    <message>
        <source>Choose your master SKU list</source>
        <translation>Choose your master SKU list</translation>
    </message>
    <message>
        <source>Product lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Product lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Your JD.ID products are not imported yet: the import links each one to the product here with the same SKU code.</source>
        <translation>Your JD.ID products are not imported yet: the import links each one to the product here with the same SKU code.</translation>
    </message>
    <message>
        <source>Each of them has a JD.ID product with the same SKU code.</source>
        <translation>Each of them has a JD.ID product with the same SKU code.</translation>
    </message>
    <message>
        <source>%1 of them have a JD.ID product with the same SKU code. The other %2 are not on JD.ID, so sync does not change anything on JD.ID for them.</source>
        <translation>%1 of them have a JD.ID product with the same SKU code. The other %2 are not on JD.ID, so sync does not change anything on JD.ID for them.</translation>
    </message>
    <message>
        <source>Your master SKU list</source>
        <translation>Your master SKU list</translation>
    </message>
    <message>
        <source>%1 products from %2 can be saved to your product list: %3 new, %4 changed, %5 unchanged. Nothing is saved until you click Save.</source>
        <translation>%1 products from %2 can be saved to your product list: %3 new, %4 changed, %5 unchanged. Nothing is saved until you click Save.</translation>
    </message>
    <message>
        <source>%1 lines cannot be used and will not be saved. Fix them in the file and load it again, or save the other products now.</source>
        <translation>%1 lines cannot be used and will not be saved. Fix them in the file and load it again, or save the other products now.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>These columns are not used: %1</source>
        <translation>These columns are not used: %1</translation>
    </message>
    <message>
        <source>&amp;Save %1 products</source>
        <translation>&amp;Save %1 products</translation>
    </message>
    <message>
        <source>No line of the file can be used.</source>
        <translation>No line of the file can be used.</translation>
    </message>
    <message>
        <source>&amp;Cancel (save nothing)</source>
        <translation>&amp;Cancel (save nothing)</translation>
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
        <translation>Password</translation>
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
        <translation>The practice platform could not start. Close the wizard and open it again; if it happens again, contact support.</translation>
    </message>
    <message>
        <source>Starting the practice platform…</source>
        <translation>Starting the practice platform…</translation>
    </message>
    <message>
        <source>This practice store is made up. Use these details wherever the real steps ask for your own.</source>
        <translation>This practice store is made up. Use these details wherever the real steps ask for your own.</translation>
    </message>
    <message>
        <source>Practice account</source>
        <translation>Practice account</translation>
    </message>
</context>
<context>
    <name>PracticeConsole</name>
    <message>
        <source>Practice Seller Center</source>
        <translation>Practice Seller Center</translation>
    </message>
    <message>
        <source>Practice developer console</source>
        <translation>Practice developer console</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Open this address in any browser:</source>
        <translation>No web browser could be opened on this computer. Open this address in any browser:</translation>
    </message>
    <message>
        <source>Above the Check again button it says what is still missing in the practice console. Next works once that is done.</source>
        <translation>Above the Check again button it says what is still missing in the practice console. Next works once that is done.</translation>
    </message>
    <message>
        <source>The practice platform could not start, so this step cannot be checked. Close the wizard and open it again, or go back and choose your real store.</source>
        <translation>The practice platform could not start, so this step cannot be checked. Close the wizard and open it again, or go back and choose your real store.</translation>
    </message>
    <message>
        <source>Please wait: the practice platform is starting.</source>
        <translation>Please wait: the practice platform is starting.</translation>
    </message>
    <message>
        <source>Checking this step in the practice console…</source>
        <translation>Checking this step in the practice console…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Do this step for me</source>
        <translation>Do this step for me</translation>
    </message>
    <message>
        <source>The practice platform does this step for you, for a quick look or a demo.</source>
        <translation>The practice platform does this step for you, for a quick look or a demo.</translation>
    </message>
    <message>
        <source>Checked: you are registered as a developer.</source>
        <translation>Checked: you are registered as a developer.</translation>
    </message>
    <message>
        <source>Checked: your app exists.</source>
        <translation>Checked: your app exists.</translation>
    </message>
    <message>
        <source>Checked: the App Name is your store&apos;s name.</source>
        <translation>Checked: the App Name is your store&apos;s name.</translation>
    </message>
    <message>
        <source>Checked: the app is published.</source>
        <translation>Checked: the app is published.</translation>
    </message>
    <message>
        <source>Checked: the Callback URL is saved and exactly right.</source>
        <translation>Checked: the Callback URL is saved and exactly right.</translation>
    </message>
    <message>
        <source>Asking the practice console…</source>
        <translation>Asking the practice console…</translation>
    </message>
    <message>
        <source>The practice platform did not answer. Try again in a moment; if it stays, close the wizard and open it again.</source>
        <translation>The practice platform did not answer. Try again in a moment; if it stays, close the wizard and open it again.</translation>
    </message>
    <message>
        <source>The practice console has no app yet, so there is no API Key to copy. Go back to step 6 and create the app.</source>
        <translation>The practice console has no app yet, so there is no API Key to copy. Go back to step 6 and create the app.</translation>
    </message>
    <message>
        <source>Fill in from the practice console</source>
        <translation>Fill in from the practice console</translation>
    </message>
    <message>
        <source>Copies the Shop ID from Seller Center and the API Key and API Secret from your app&apos;s overview in the practice developer console.</source>
        <translation>Copies the Shop ID from Seller Center and the API Key and API Secret from your app&apos;s overview in the practice developer console.</translation>
    </message>
    <message>
        <source>Use the practice list of my products</source>
        <translation>Use the practice list of my products</translation>
    </message>
    <message>
        <source>A spreadsheet of the practice store&apos;s own products. Many of its SKU codes are also in the practice shop on JD.ID, so the import links them.</source>
        <translation>A spreadsheet of the practice store&apos;s own products. Many of its SKU codes are also in the practice shop on JD.ID, so the import links them.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <source>Choose a profile file</source>
        <translation>Choose a profile file</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>Profile files (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>The real store uses JD.ID&apos;s own addresses again.</source>
        <translation>The real store uses JD.ID&apos;s own addresses again.</translation>
    </message>
    <message>
        <source>The real store now uses “%1”.</source>
        <translation>The real store now uses “%1”.</translation>
    </message>
    <message>
        <source>The file could not be read. Please try again.</source>
        <translation>The file could not be read. Please try again.</translation>
    </message>
    <message>
        <source>JD.ID&apos;s own addresses (the default)</source>
        <translation>JD.ID&apos;s own addresses (the default)</translation>
    </message>
    <message>
        <source>The real store uses: %1</source>
        <translation>The real store uses: %1</translation>
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
        <translation>Callback URL: %1</translation>
    </message>
    <message>
        <source>Platform addresses (for support staff)</source>
        <translation>Platform addresses (for support staff)</translation>
    </message>
    <message>
        <source>To connect stores on a JD.ID-compatible platform, load its profile file (the same as starting with --profile FILE.json). Practice mode always uses the practice platform.</source>
        <translation>To connect stores on a JD.ID-compatible platform, load its profile file (the same as starting with --profile FILE.json). Practice mode always uses the practice platform.</translation>
    </message>
    <message>
        <source>Load a profile file…</source>
        <translation>Load a profile file…</translation>
    </message>
    <message>
        <source>Use JD.ID&apos;s own addresses</source>
        <translation>Use JD.ID&apos;s own addresses</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{field} is missing</source>
        <translation>{field} is missing</translation>
    </message>
    <message>
        <source>{field} must be text in quotes</source>
        <translation>{field} must be text in quotes</translation>
    </message>
    <message>
        <source>{field} is not a web address (it should look like https://host)</source>
        <translation>{field} is not a web address (it should look like https://host)</translation>
    </message>
    <message>
        <source>{field} must start with https:// (http:// is only allowed for this computer: localhost or 127.0.0.1)</source>
        <translation>{field} must start with https:// (http:// is only allowed for this computer: localhost or 127.0.0.1)</translation>
    </message>
    <message>
        <source>{field} must be a plain address, without ?, # or a user name</source>
        <translation>{field} must be a plain address, without ?, # or a user name</translation>
    </message>
    <message>
        <source>The profile file {path} cannot be read ({detail}). Nothing was changed.</source>
        <translation>The profile file {path} cannot be read ({detail}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The profile file {path} is not valid JSON ({detail}). Nothing was changed. Compare it with the example in the README.</source>
        <translation>The profile file {path} is not valid JSON ({detail}). Nothing was changed. Compare it with the example in the README.</translation>
    </message>
    <message>
        <source>The profile file {path} must hold one JSON object with oauth_base, gateway_base and callback_url. Nothing was changed.</source>
        <translation>The profile file {path} must hold one JSON object with oauth_base, gateway_base and callback_url. Nothing was changed.</translation>
    </message>
    <message>
        <source>The profile {path} cannot be used, so nothing was changed: {detail}.</source>
        <translation>The profile {path} cannot be used, so nothing was changed: {detail}.</translation>
    </message>
</context>
<context>
    <name>QualifiedPage</name>
    <message>
        <source>Choose Yes, No or Not sure to go on.</source>
        <translation>Choose Yes, No or Not sure to go on.</translation>
    </message>
    <message>
        <source>Look up your seller level in Seller Center first, then choose Yes or No.</source>
        <translation>Look up your seller level in Seller Center first, then choose Yes or No.</translation>
    </message>
    <message>
        <source>&amp;Yes, my store is a Qualified Seller</source>
        <translation>&amp;Yes, my store is a Qualified Seller</translation>
    </message>
    <message>
        <source>&amp;No, it is a Basic Seller</source>
        <translation>&amp;No, it is a Basic Seller</translation>
    </message>
    <message>
        <source>Not &amp;sure</source>
        <translation>Not &amp;sure</translation>
    </message>
    <message>
        <source>Open Seller Center and log in. Your seller level (Basic or Qualified) is shown on your store&apos;s profile, under Shop Information. If you still cannot find it, ask JD.ID seller support.</source>
        <translation>Open Seller Center and log in. Your seller level (Basic or Qualified) is shown on your store&apos;s profile, under Shop Information. If you still cannot find it, ask JD.ID seller support.</translation>
    </message>
    <message>
        <source>The wizard cannot go on while your store is a Basic Seller. When JD.ID has upgraded it to Qualified, tick the box above.</source>
        <translation>The wizard cannot go on while your store is a Basic Seller. When JD.ID has upgraded it to Qualified, tick the box above.</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <source>%1 could not be found. Either this computer is not connected to the internet, or the address no longer exists (JD.ID closed its platform on 31 March 2023).</source>
        <translation>%1 could not be found. Either this computer is not connected to the internet, or the address no longer exists (JD.ID closed its platform on 31 March 2023).</translation>
    </message>
    <message>
        <source>This computer has no connection to the network of %1. Check that it is connected to the internet.</source>
        <translation>This computer has no connection to the network of %1. Check that it is connected to the internet.</translation>
    </message>
    <message>
        <source>%1 was found, but the connection was turned away: the platform is no longer there, or a firewall blocks it.</source>
        <translation>%1 was found, but the connection was turned away: the platform is no longer there, or a firewall blocks it.</translation>
    </message>
    <message>
        <source>%1 was found, but there was no reply within %2 seconds. A firewall may be blocking it, or the internet connection is very slow.</source>
        <translation>%1 was found, but there was no reply within %2 seconds. A firewall may be blocking it, or the internet connection is very slow.</translation>
    </message>
    <message>
        <source>%1 answered, but its security certificate is not right. A firewall or proxy may be in between, or the address is not the platform&apos;s.</source>
        <translation>%1 answered, but its security certificate is not right. A firewall or proxy may be in between, or the address is not the platform&apos;s.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 seconds. The platform may be down or very busy; try again later.</source>
        <translation>%1 accepted the connection but did not answer within %2 seconds. The platform may be down or very busy; try again later.</translation>
    </message>
    <message>
        <source>%1 answered, but not like a web server. Ask the person who set up the wizard to check the address.</source>
        <translation>%1 answered, but not like a web server. Ask the person who set up the wizard to check the address.</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>cannot be reached</translation>
    </message>
    <message>
        <source>JD.ID login</source>
        <translation>JD.ID login</translation>
    </message>
    <message>
        <source>JD.ID API</source>
        <translation>JD.ID API</translation>
    </message>
    <message>
        <source>Checking that this computer can reach JD.ID…</source>
        <translation>Checking that this computer can reach JD.ID…</translation>
    </message>
    <message>
        <source>JD.ID can be reached from this computer. You can go on.</source>
        <translation>JD.ID can be reached from this computer. You can go on.</translation>
    </message>
    <message>
        <source>JD.ID cannot be reached from this computer right now. You can still read steps 1 to 11; step 12 waits until the check passes.</source>
        <translation>JD.ID cannot be reached from this computer right now. You can still read steps 1 to 11; step 12 waits until the check passes.</translation>
    </message>
    <message>
        <source>The check could not run. Press Check again.</source>
        <translation>The check could not run. Press Check again.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>Please wait: the wizard is checking that this computer can reach JD.ID.</source>
        <translation>Please wait: the wizard is checking that this computer can reach JD.ID.</translation>
    </message>
    <message>
        <source>JD.ID cannot be reached from this computer, so your keys cannot be checked yet. Connect to the internet, then press “Check again” above.</source>
        <translation>JD.ID cannot be reached from this computer, so your keys cannot be checked yet. Connect to the internet, then press “Check again” above.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Practise instead</source>
        <translation>&amp;Practise instead</translation>
    </message>
</context>
<context>
    <name>RealStoreCard</name>
    <message>
        <source>Set up for: JD.ID&apos;s own platform (%1).</source>
        <translation>Set up for: JD.ID&apos;s own platform (%1).</translation>
    </message>
    <message>
        <source>Set up for: “%1” (%2), chosen by support.</source>
        <translation>Set up for: “%1” (%2), chosen by support.</translation>
    </message>
    <message>
        <source>Good to know before you start</source>
        <translation>Good to know before you start</translation>
    </message>
    <message>
        <source>JD.ID closed its marketplace on 31 March 2023. Connecting a real store only works where the JD.ID platform this wizard is set up for can still be reached. The wizard checks that for you before step 1.

Just want to see how it all works? Practise with a made-up store; nothing changes anywhere.</source>
        <translation>JD.ID closed its marketplace on 31 March 2023. Connecting a real store only works where the JD.ID platform this wizard is set up for can still be reached. The wizard checks that for you before step 1.

Just want to see how it all works? Practise with a made-up store; nothing changes anywhere.</translation>
    </message>
    <message>
        <source>&amp;Practise instead</source>
        <translation>&amp;Practise instead</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Close the wizard?</source>
        <translation>Close the wizard?</translation>
    </message>
    <message>
        <source>Do you want to stop for now?</source>
        <translation>Do you want to stop for now?</translation>
    </message>
    <message>
        <source>Your answers are saved and next time you can continue where you left off. The API Secret and the login are not: this computer has no password store, so you will paste the API Secret again and log in again.</source>
        <translation>Your answers are saved and next time you can continue where you left off. The API Secret and the login are not: this computer has no password store, so you will paste the API Secret again and log in again.</translation>
    </message>
    <message>
        <source>What you have done so far is saved. Next time, you can continue where you left off.</source>
        <translation>What you have done so far is saved. Next time, you can continue where you left off.</translation>
    </message>
    <message>
        <source>&amp;Stop for now</source>
        <translation>&amp;Stop for now</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Keep going</translation>
    </message>
    <message>
        <source>JD.ID Setup Wizard</source>
        <translation>JD.ID Setup Wizard</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Steps of the wizard</source>
        <translation>Steps of the wizard</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>current step</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>visited, press Enter to go back</source>
        <translation>visited, press Enter to go back</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>not reached yet</translation>
    </message>
    <message>
        <source>later, after this wizard</source>
        <translation>later, after this wizard</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>JD.ID websites</source>
        <translation>JD.ID websites</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Your products</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Open Seller Center</source>
        <translation>Open Seller Center</translation>
    </message>
    <message>
        <source>Open developer console</source>
        <translation>Open developer console</translation>
    </message>
    <message>
        <source>Practice mode: do this step in the practice developer console, which the button below opens, with the practice account. It looks like the real one and nothing there touches a real store.</source>
        <translation>Practice mode: do this step in the practice developer console, which the button below opens, with the practice account. It looks like the real one and nothing there touches a real store.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This wizard connects your JD.ID store to your inventory, so stock and prices can be kept the same everywhere you sell.

Important before you start: the same product must have the same SKU code in every store and channel. After the connection, your JD.ID products are imported and linked to your other products by their SKU code. A product with a different SKU code will not be linked.</source>
        <translation>This wizard connects your JD.ID store to your inventory, so stock and prices can be kept the same everywhere you sell.

Important before you start: the same product must have the same SKU code in every store and channel. After the connection, your JD.ID products are imported and linked to your other products by their SKU code. A product with a different SKU code will not be linked.</translation>
    </message>
    <message>
        <source>Is your store a Qualified Seller?</source>
        <translation>Is your store a Qualified Seller?</translation>
    </message>
    <message>
        <source>Qualified Seller check</source>
        <translation>Qualified Seller check</translation>
    </message>
    <message>
        <source>JD.ID only opens its Open API to Qualified Sellers. A store that is still a Basic Seller cannot be connected until it has been upgraded.

You can see your seller level in JD.ID Seller Center, on your store&apos;s profile (Shop Information).</source>
        <translation>JD.ID only opens its Open API to Qualified Sellers. A store that is still a Basic Seller cannot be connected until it has been upgraded.

You can see your seller level in JD.ID Seller Center, on your store&apos;s profile (Shop Information).</translation>
    </message>
    <message>
        <source>Upgrade to Qualified Seller first</source>
        <translation>Upgrade to Qualified Seller first</translation>
    </message>
    <message>
        <source>Upgrade your store</source>
        <translation>Upgrade your store</translation>
    </message>
    <message>
        <source>Your store is a Basic Seller, and JD.ID only lets Qualified Sellers use the Open API. Ask JD.ID to upgrade your store first; the JD.ID page below explains how and what you gain.

When JD.ID has confirmed that your store is Qualified, come back here and tick the box below. Your progress is saved, so you can close the wizard now and return later.</source>
        <translation>Your store is a Basic Seller, and JD.ID only lets Qualified Sellers use the Open API. Ask JD.ID to upgrade your store first; the JD.ID page below explains how and what you gain.

When JD.ID has confirmed that your store is Qualified, come back here and tick the box below. Your progress is saved, so you can close the wizard now and return later.</translation>
    </message>
    <message>
        <source>How to become a Qualified Seller</source>
        <translation>How to become a Qualified Seller</translation>
    </message>
    <message>
        <source>JD.ID has confirmed that my store is now a Qualified Seller</source>
        <translation>JD.ID has confirmed that my store is now a Qualified Seller</translation>
    </message>
    <message>
        <source>Can this computer reach JD.ID?</source>
        <translation>Can this computer reach JD.ID?</translation>
    </message>
    <message>
        <source>Platform check</source>
        <translation>Platform check</translation>
    </message>
    <message>
        <source>JD.ID closed its marketplace on 31 March 2023, so the wizard first checks that this computer can reach the JD.ID platform it is set up for: its login pages and its API. Nothing of yours is sent.

Offline on purpose? You can still read steps 1 to 11. Step 12, where you enter your keys, waits until the platform can be reached.</source>
        <translation>JD.ID closed its marketplace on 31 March 2023, so the wizard first checks that this computer can reach the JD.ID platform it is set up for: its login pages and its API. Nothing of yours is sent.

Offline on purpose? You can still read steps 1 to 11. Step 12, where you enter your keys, waits until the platform can be reached.</translation>
    </message>
    <message>
        <source>Log in to JD.ID Seller Center</source>
        <translation>Log in to JD.ID Seller Center</translation>
    </message>
    <message>
        <source>Log in to Seller Center</source>
        <translation>Log in to Seller Center</translation>
    </message>
    <message>
        <source>Open JD.ID Seller Center in your web browser and log in with the email address and password of your store.

Keep this browser tab open: you will use the same account in the next steps.</source>
        <translation>Open JD.ID Seller Center in your web browser and log in with the email address and password of your store.

Keep this browser tab open: you will use the same account in the next steps.</translation>
    </message>
    <message>
        <source>I am logged in to Seller Center</source>
        <translation>I am logged in to Seller Center</translation>
    </message>
    <message>
        <source>Practice mode: the button below opens the practice Seller Center in a window of this app. Log in there with the practice account and keep that window open instead of a browser tab. Nothing there touches a real store.</source>
        <translation>Practice mode: the button below opens the practice Seller Center in a window of this app. Log in there with the practice account and keep that window open instead of a browser tab. Nothing there touches a real store.</translation>
    </message>
    <message>
        <source>Log in to the JD.ID developer console</source>
        <translation>Log in to the JD.ID developer console</translation>
    </message>
    <message>
        <source>Log in to the developer console</source>
        <translation>Log in to the developer console</translation>
    </message>
    <message>
        <source>Open the JD.ID developer console and log in with the same account you use for Seller Center. The developer console is where JD.ID gives out the keys that let this app talk to your store.</source>
        <translation>Open the JD.ID developer console and log in with the same account you use for Seller Center. The developer console is where JD.ID gives out the keys that let this app talk to your store.</translation>
    </message>
    <message>
        <source>I am logged in to the developer console</source>
        <translation>I am logged in to the developer console</translation>
    </message>
    <message>
        <source>Register as a developer</source>
        <translation>Register as a developer</translation>
    </message>
    <message>
        <source>The first time, the developer console asks you to register. Fill in the form with the same details you gave when you opened your store on JD.ID, tick the boxes, and click Register.

If you have registered before, the console skips this form and you can go on.</source>
        <translation>The first time, the developer console asks you to register. Fill in the form with the same details you gave when you opened your store on JD.ID, tick the boxes, and click Register.

If you have registered before, the console skips this form and you can go on.</translation>
    </message>
    <message>
        <source>I am registered as a developer</source>
        <translation>I am registered as a developer</translation>
    </message>
    <message>
        <source>Choose &quot;Create App&quot;</source>
        <translation>Choose &quot;Create App&quot;</translation>
    </message>
    <message>
        <source>In the developer console, click &quot;Create App&quot;. An app is how JD.ID lets another program, like this one, work with your store.</source>
        <translation>In the developer console, click &quot;Create App&quot;. An app is how JD.ID lets another program, like this one, work with your store.</translation>
    </message>
    <message>
        <source>I clicked &quot;Create App&quot;</source>
        <translation>I clicked &quot;Create App&quot;</translation>
    </message>
    <message>
        <source>Open &quot;Seller to JD.ID&quot;</source>
        <translation>Open &quot;Seller to JD.ID&quot;</translation>
    </message>
    <message>
        <source>Find the section called &quot;Seller to JD.ID&quot; and open its drop-down list.</source>
        <translation>Find the section called &quot;Seller to JD.ID&quot; and open its drop-down list.</translation>
    </message>
    <message>
        <source>I opened the &quot;Seller to JD.ID&quot; list</source>
        <translation>I opened the &quot;Seller to JD.ID&quot; list</translation>
    </message>
    <message>
        <source>Create a standard API app</source>
        <translation>Create a standard API app</translation>
    </message>
    <message>
        <source>In the list, find &quot;normal standard API&quot; and click &quot;Create App&quot; next to it.</source>
        <translation>In the list, find &quot;normal standard API&quot; and click &quot;Create App&quot; next to it.</translation>
    </message>
    <message>
        <source>I clicked &quot;Create App&quot; under &quot;normal standard API&quot;</source>
        <translation>I clicked &quot;Create App&quot; under &quot;normal standard API&quot;</translation>
    </message>
    <message>
        <source>Name the app after your store</source>
        <translation>Name the app after your store</translation>
    </message>
    <message>
        <source>In the &quot;App Name&quot; field, type the name of your store exactly as it appears on JD.ID. Use the copy button below so there are no typing mistakes, then save the app.</source>
        <translation>In the &quot;App Name&quot; field, type the name of your store exactly as it appears on JD.ID. Use the copy button below so there are no typing mistakes, then save the app.</translation>
    </message>
    <message>
        <source>App Name (your store&apos;s name)</source>
        <translation>App Name (your store&apos;s name)</translation>
    </message>
    <message>
        <source>I entered my store&apos;s name as the App Name</source>
        <translation>I entered my store&apos;s name as the App Name</translation>
    </message>
    <message>
        <source>Publish the app</source>
        <translation>Publish the app</translation>
    </message>
    <message>
        <source>Click &quot;Publish App&quot;. An app that is not published cannot connect to your store.</source>
        <translation>Click &quot;Publish App&quot;. An app that is not published cannot connect to your store.</translation>
    </message>
    <message>
        <source>I published the app</source>
        <translation>I published the app</translation>
    </message>
    <message>
        <source>Open &quot;App Management&quot;</source>
        <translation>Open &quot;App Management&quot;</translation>
    </message>
    <message>
        <source>Go to &quot;App Management&quot; in the developer console. Your new app is listed there.</source>
        <translation>Go to &quot;App Management&quot; in the developer console. Your new app is listed there.</translation>
    </message>
    <message>
        <source>I opened &quot;App Management&quot;</source>
        <translation>I opened &quot;App Management&quot;</translation>
    </message>
    <message>
        <source>Enter the callback URL</source>
        <translation>Enter the callback URL</translation>
    </message>
    <message>
        <source>Open &quot;App Setting&quot; for your app. Paste the address below into the &quot;Callback URL&quot; field and save.

JD.ID sends you back to this address after you log in, so it must be exactly right: use the copy button instead of typing it.</source>
        <translation>Open &quot;App Setting&quot; for your app. Paste the address below into the &quot;Callback URL&quot; field and save.

JD.ID sends you back to this address after you log in, so it must be exactly right: use the copy button instead of typing it.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback URL</translation>
    </message>
    <message>
        <source>I pasted the callback URL and saved</source>
        <translation>I pasted the callback URL and saved</translation>
    </message>
    <message>
        <source>Continue in this app</source>
        <translation>Continue in this app</translation>
    </message>
    <message>
        <source>Everything in the JD.ID websites is ready. From here on, the connection happens inside this app: you do not need to open any other program.

Have these three things at hand for the next step:
- Shop ID: in Seller Center, under Shop Information.
- API Key and API Secret: in the developer console, on your app&apos;s overview.</source>
        <translation>Everything in the JD.ID websites is ready. From here on, the connection happens inside this app: you do not need to open any other program.

Have these three things at hand for the next step:
- Shop ID: in Seller Center, under Shop Information.
- API Key and API Secret: in the developer console, on your app&apos;s overview.</translation>
    </message>
    <message>
        <source>I know where to find my Shop ID, API Key and API Secret</source>
        <translation>I know where to find my Shop ID, API Key and API Secret</translation>
    </message>
    <message>
        <source>Enter Shop ID, API Key and API Secret</source>
        <translation>Enter Shop ID, API Key and API Secret</translation>
    </message>
    <message>
        <source>Shop ID, API Key, API Secret</source>
        <translation>Shop ID, API Key, API Secret</translation>
    </message>
    <message>
        <source>Type or paste your Shop ID, API Key and API Secret.

The Shop ID is in Seller Center, under Shop Information. The API Key and API Secret are in the developer console, on your app&apos;s overview page. The API Secret is kept in your computer&apos;s secure password store, never in a plain file.</source>
        <translation>Type or paste your Shop ID, API Key and API Secret.

The Shop ID is in Seller Center, under Shop Information. The API Key and API Secret are in the developer console, on your app&apos;s overview page. The API Secret is kept in your computer&apos;s secure password store, never in a plain file.</translation>
    </message>
    <message>
        <source>Check keys</source>
        <translation>Check keys</translation>
    </message>
    <message>
        <source>Click Check keys. The app checks your API Key and API Secret with JD.ID and tells you in plain words if something needs fixing.</source>
        <translation>Click Check keys. The app checks your API Key and API Secret with JD.ID and tells you in plain words if something needs fixing.</translation>
    </message>
    <message>
        <source>Log in and allow access</source>
        <translation>Log in and allow access</translation>
    </message>
    <message>
        <source>Click Log in. The JD.ID login page opens inside this app. Log in with your store account and allow the app to work with your store.</source>
        <translation>Click Log in. The JD.ID login page opens inside this app. Log in with your store account and allow the app to work with your store.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>JD.ID has accepted the login. The app shows your store and confirms that it is a Qualified Seller. Click Next.</source>
        <translation>JD.ID has accepted the login. The app shows your store and confirms that it is a Qualified Seller. Click Next.</translation>
    </message>
    <message>
        <source>Import your products</source>
        <translation>Import your products</translation>
    </message>
    <message>
        <source>Click &quot;Start import&quot; to bring your products in from JD.ID. Only products that have passed JD.ID&apos;s review (audit / QC passed) are imported, and each one is linked to your other channels by its SKU code.</source>
        <translation>Click &quot;Start import&quot; to bring your products in from JD.ID. Only products that have passed JD.ID&apos;s review (audit / QC passed) are imported, and each one is linked to your other channels by its SKU code.</translation>
    </message>
    <message>
        <source>Turn on export sync</source>
        <translation>Turn on export sync</translation>
    </message>
    <message>
        <source>JD.ID is now connected. Export sync starts switched Off, so nothing is changed on JD.ID yet. Turn it On when you want your stock, listings and prices to be updated on JD.ID.</source>
        <translation>JD.ID is now connected. Export sync starts switched Off, so nothing is changed on JD.ID yet. Turn it On when you want your stock, listings and prices to be updated on JD.ID.</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>All done</translation>
    </message>
    <message>
        <source>Your JD.ID store is connected. You can close this wizard.</source>
        <translation>Your JD.ID store is connected. You can close this wizard.</translation>
    </message>
    <message>
        <source>When it is done: %1</source>
        <translation>When it is done: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Your store is not connected yet. Go back to step 12 and connect it first; until then export sync stays Off.</source>
        <translation>Your store is not connected yet. Go back to step 12 and connect it first; until then export sync stays Off.</translation>
    </message>
    <message>
        <source>The API Secret is not saved on this computer any more. Go back to step 12 and paste it again.</source>
        <translation>The API Secret is not saved on this computer any more. Go back to step 12 and paste it again.</translation>
    </message>
    <message>
        <source>There is no JD.ID login saved on this computer. Log in to JD.ID in step 14 first.</source>
        <translation>There is no JD.ID login saved on this computer. Log in to JD.ID in step 14 first.</translation>
    </message>
    <message>
        <source>The practice platform is still starting. Wait a moment.</source>
        <translation>The practice platform is still starting. Wait a moment.</translation>
    </message>
    <message>
        <source>The password store of this computer cannot be opened, so the saved JD.ID login cannot be read. Unlock it, then try again.</source>
        <translation>The password store of this computer cannot be opened, so the saved JD.ID login cannot be read. Unlock it, then try again.</translation>
    </message>
    <message>
        <source>Sending the changes was stopped by the computer, perhaps because it ran short of memory. Close other programs, then sync again: the preview shows what is still to send.</source>
        <translation>Sending the changes was stopped by the computer, perhaps because it ran short of memory. Close other programs, then sync again: the preview shows what is still to send.</translation>
    </message>
    <message>
        <source>Import your products first (step 16). Until then there is nothing to sync, so the switch waits.</source>
        <translation>Import your products first (step 16). Until then there is nothing to sync, so the switch waits.</translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Try again; if it keeps happening, send the diagnostics file to support.</source>
        <translation>Something went wrong inside the wizard. Try again; if it keeps happening, send the diagnostics file to support.</translation>
    </message>
    <message>
        <source>Nothing was sent to JD.ID.</source>
        <translation>Nothing was sent to JD.ID.</translation>
    </message>
    <message>
        <source>Set stock to 0 on JD.ID?</source>
        <translation>Set stock to 0 on JD.ID?</translation>
    </message>
    <message>
        <source>Send these changes anyway?</source>
        <translation>Send these changes anyway?</translation>
    </message>
    <message>
        <source>Yes, send them</source>
        <translation>Yes, send them</translation>
    </message>
    <message>
        <source>No, check the file first</source>
        <translation>No, check the file first</translation>
    </message>
    <message>
        <source>JD.ID already matched your products; nothing had to be sent.</source>
        <translation>JD.ID already matched your products; nothing had to be sent.</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>%1 of %2 changes sent</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>Sent to JD.ID: stock of %1, price of %2, listing status of %3.</source>
        <translation>Sent to JD.ID: stock of %1, price of %2, listing status of %3.</translation>
    </message>
    <message>
        <source>On: changes are sent to JD.ID</source>
        <translation>On: changes are sent to JD.ID</translation>
    </message>
    <message>
        <source>Off: nothing is sent to JD.ID</source>
        <translation>Off: nothing is sent to JD.ID</translation>
    </message>
    <message>
        <source>Reading your product list...</source>
        <translation>Reading your product list...</translation>
    </message>
    <message>
        <source>Reading the stock on JD.ID to show what would change...</source>
        <translation>Reading the stock on JD.ID to show what would change...</translation>
    </message>
    <message>
        <source>Check the changes in the window that opened.</source>
        <translation>Check the changes in the window that opened.</translation>
    </message>
    <message>
        <source>Stopping after the change JD.ID is answering now...</source>
        <translation>Stopping after the change JD.ID is answering now...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Stopping...</translation>
    </message>
    <message>
        <source>Sending the changes to JD.ID...</source>
        <translation>Sending the changes to JD.ID...</translation>
    </message>
    <message>
        <source>Your JD.ID store</source>
        <translation>Your JD.ID store</translation>
    </message>
    <message>
        <source>Shop ID %1</source>
        <translation>Shop ID %1</translation>
    </message>
    <message>
        <source>Not imported yet</source>
        <translation>Not imported yet</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>%1 JD.ID products are in your product list (linked or added as new).</source>
        <translation>%1 JD.ID products are in your product list (linked or added as new).</translation>
    </message>
    <message>
        <source>Next waits until you have checked the changes.</source>
        <translation>Next waits until you have checked the changes.</translation>
    </message>
    <message>
        <source>Changes are sent when you click &quot;Check for changes and send&quot; after updating your product list, and each time the automatic sync runs (your support staff can set it up for you).</source>
        <translation>Changes are sent when you click &quot;Check for changes and send&quot; after updating your product list, and each time the automatic sync runs (your support staff can set it up for you).</translation>
    </message>
    <message>
        <source>%1 JD.ID products are never changed by export sync: they have no SKU code, or share one with another product. Fix them in Seller Center, then import again.</source>
        <translation>%1 JD.ID products are never changed by export sync: they have no SKU code, or share one with another product. Fix them in Seller Center, then import again.</translation>
    </message>
    <message>
        <source>Changes are being sent to JD.ID. Wait until they are sent, or turn export sync Off to stop.</source>
        <translation>Changes are being sent to JD.ID. Wait until they are sent, or turn export sync Off to stop.</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Last import:</translation>
    </message>
    <message>
        <source>Export sync</source>
        <translation>Export sync</translation>
    </message>
    <message>
        <source>When export sync is On, this app updates stock, price and listing status on JD.ID from your master product list. Before anything is sent you see what would change. While it is Off, nothing on JD.ID is changed.</source>
        <translation>When export sync is On, this app updates stock, price and listing status on JD.ID from your master product list. Before anything is sent you see what would change. While it is Off, nothing on JD.ID is changed.</translation>
    </message>
    <message>
        <source>Check for changes and send</source>
        <translation>Check for changes and send</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
</context>
<context>
    <name>SyncViews</name>
    <message>
        <source>JD.ID already has the stock and prices of your products. Nothing to change now.</source>
        <translation>JD.ID already has the stock and prices of your products. Nothing to change now.</translation>
    </message>
    <message>
        <source>New stock: %1</source>
        <translation>New stock: %1</translation>
    </message>
    <message>
        <source>New price: %1</source>
        <translation>New price: %1</translation>
    </message>
    <message>
        <source>Off sale: %1</source>
        <translation>Off sale: %1</translation>
    </message>
    <message>
        <source>Back on sale: %1</source>
        <translation>Back on sale: %1</translation>
    </message>
    <message>
        <source>What changes on JD.ID:</source>
        <translation>What changes on JD.ID:</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>SKU code</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>JD.ID SKU</source>
        <translation>JD.ID SKU</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Price (Rp)</source>
        <translation>Price (Rp)</translation>
    </message>
    <message>
        <source>Back on sale</source>
        <translation>Back on sale</translation>
    </message>
    <message>
        <source>Off sale</source>
        <translation>Off sale</translation>
    </message>
    <message>
        <source>SPU %1</source>
        <translation>SPU %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Why it failed</translation>
    </message>
    <message>
        <source>Check the changes before they go to JD.ID</source>
        <translation>Check the changes before they go to JD.ID</translation>
    </message>
    <message>
        <source>Compared: %1 linked JD.ID products. Never changed: %2 JD.ID products without a SKU code of their own (no code, or the same code as another product).</source>
        <translation>Compared: %1 linked JD.ID products. Never changed: %2 JD.ID products without a SKU code of their own (no code, or the same code as another product).</translation>
    </message>
    <message>
        <source>Turn on export sync</source>
        <translation>Turn on export sync</translation>
    </message>
    <message>
        <source>Turn on and send changes</source>
        <translation>Turn on and send changes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Send these changes</source>
        <translation>Send these changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changes that did not reach JD.ID: %1</source>
        <translation>Changes that did not reach JD.ID: %1</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>The JD.ID Setup Wizard cannot open its window: this computer lacks system libraries it needs (%1). Install them with the command below, then start the wizard again.</source>
        <translation>The JD.ID Setup Wizard cannot open its window: this computer lacks system libraries it needs (%1). Install them with the command below, then start the wizard again.</translation>
    </message>
    <message>
        <source>The login inside the wizard cannot start: this computer lacks system libraries it needs (%1). Use “Use my own browser instead”, or install them with the command below and start the wizard again.</source>
        <translation>The login inside the wizard cannot start: this computer lacks system libraries it needs (%1). Use “Use my own browser instead”, or install them with the command below and start the wizard again.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, in a terminal:</source>
        <translation>On Debian or Ubuntu, in a terminal:</translation>
    </message>
    <message>
        <source>On Fedora, in a terminal:</source>
        <translation>On Fedora, in a terminal:</translation>
    </message>
    <message>
        <source>A system library is missing</source>
        <translation>A system library is missing</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Choose “Continue where I left off” or “Start over” above.</source>
        <translation>Choose “Continue where I left off” or “Start over” above.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <source>Connect my real JD.ID store</source>
        <translation>Connect my real JD.ID store</translation>
    </message>
    <message>
        <source>Practise first, with a made-up store on this computer</source>
        <translation>Practise first, with a made-up store on this computer</translation>
    </message>
    <message>
        <source>Practice mode changes nothing on JD.ID. Everything happens on a practice platform inside this app, so you can try every step safely.</source>
        <translation>Practice mode changes nothing on JD.ID. Everything happens on a practice platform inside this app, so you can try every step safely.</translation>
    </message>
    <message>
        <source>You will need your JD.ID Seller Center email and password, and about 20 minutes.</source>
        <translation>You will need your JD.ID Seller Center email and password, and about 20 minutes.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <source>Last time this computer had no password store, so the API Secret and the JD.ID login were kept only until the wizard closed. Continue: at step 12 paste the API Secret again, then click Check keys and log in again. Everything else is still filled in.</source>
        <translation>Last time this computer had no password store, so the API Secret and the JD.ID login were kept only until the wizard closed. Continue: at step 12 paste the API Secret again, then click Check keys and log in again. Everything else is still filled in.</translation>
    </message>
    <message>
        <source>Your JD.ID store is already connected. Continue to see it again (for example to switch export sync On or Off), or start over to connect a store again.</source>
        <translation>Your JD.ID store is already connected. Continue to see it again (for example to switch export sync On or Off), or start over to connect a store again.</translation>
    </message>
    <message>
        <source>You started connecting your store before and stopped at “%1”.</source>
        <translation>You started connecting your store before and stopped at “%1”.</translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Continue where I left off</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Start over</translation>
    </message>
    <message>
        <source>Same product, same SKU code in every channel</source>
        <translation>Same product, same SKU code in every channel</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
</context>
</TS>
