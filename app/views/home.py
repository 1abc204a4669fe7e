"""The app's root address: opens the Overview at its own address (/overview), so every page has one."""

import streamlit as st

st.switch_page("views/overview.py")
