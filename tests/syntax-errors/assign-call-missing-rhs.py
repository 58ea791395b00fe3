print(text)=
